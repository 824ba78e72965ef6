using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Graph;

/// <summary>
/// <see cref="IAiUseRecordWriter"/> over the Microsoft Graph SDK. One instance per process (it owns the
/// HttpClient); a GraphServiceClient is made per call with the caller's token.
/// </summary>
public sealed partial class GraphAiUseRecordWriter : IAiUseRecordWriter, IDisposable
{
    private readonly GraphWriterOptions _options;
    private readonly IGraphTokenProvider _tokens;
    private readonly HttpClient _http;
    private readonly string _graphHost;

    /// <param name="transport">The innermost handler (tests); default is the platform handler.</param>
    /// <param name="delay">How retries wait (tests record instead of sleeping).</param>
    public GraphAiUseRecordWriter(GraphWriterOptions options, IGraphTokenProvider tokens,
        HttpMessageHandler? transport = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        var status = options.Evaluate();
        if (!GraphWriterOptions.IsAllowedUrl(options.GraphBaseUrl)) throw new ArgumentException(status.Reason, nameof(options));
        _options = options;
        _tokens = tokens;
        _graphHost = new Uri(options.GraphBaseUrl).Host;
        Status = GraphWriterStatus.On;

        var handlers = GraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler).ToList();
        handlers.Insert(0, new GraphRetryHandler(options, delay));
        _http = GraphClientFactory.Create(handlers, finalHandler: transport ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
    }

    public GraphWriterStatus Status { get; }

    public async Task<GraphWriteOutcome> WriteMessageRecordAsync(string userAssertion, string messageId, AiUseRecord record,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAssertion);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        record = (record ?? throw new ArgumentNullException(nameof(record))).Validated();
        return await Guarded("le message", async graph =>
        {
            var message = graph.Me.Messages[messageId];
            await message.PatchAsync(new Message
            {
                SingleValueExtendedProperties =
                [
                    new SingleValueLegacyExtendedProperty { Id = _options.DisclosurePropertyId, Value = record.ToDisclosureHeader() },
                ],
            }, cancellationToken: cancellationToken).ConfigureAwait(false);

            // A fresh model per request: Kiota's backing store serializes only changed values once a model was sent.
            OpenTypeExtension Extension() => new() { ExtensionName = _options.ExtensionName, AdditionalData = ExtensionData(record) };
            try
            {
                await message.Extensions[_options.ExtensionName].PatchAsync(Extension(), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (ODataError e) when (e.ResponseStatusCode == 404)
            {
                await message.Extensions.PostAsync(Extension(), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            return GraphWriteOutcome.Written("Déclaration IA enregistrée sur le message (extension et propriété X-AI-Disclosure).");
        }, userAssertion, cancellationToken).ConfigureAwait(false);
    }

    public async Task<GraphWriteOutcome> WriteDriveItemRecordAsync(string userAssertion, string driveId, string itemId, AiUseRecord record,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAssertion);
        ArgumentException.ThrowIfNullOrWhiteSpace(driveId);
        ArgumentException.ThrowIfNullOrWhiteSpace(itemId);
        record = (record ?? throw new ArgumentNullException(nameof(record))).Validated();
        return await Guarded("le fichier", async graph =>
        {
            var listItem = await graph.Drives[driveId].Items[itemId].ListItem
                .GetAsync(c => c.QueryParameters.Select = ["id"], cancellationToken).ConfigureAwait(false);
            if (listItem?.Id is null)
                return new GraphWriteOutcome(GraphWriteStatus.NotFound,
                    "Le fichier n'est pas dans une bibliothèque de documents : impossible d'y enregistrer la déclaration.", false);
            try
            {
                await graph.Drives[driveId].List.Items[listItem.Id].Fields
                    .PatchAsync(new FieldValueSet { AdditionalData = AiUseColumns.Fields(record) }, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (ODataError e) when (e.ResponseStatusCode == 400 && UnknownField(e) is { } field)
            {
                var missing = await MissingColumns(graph, driveId, cancellationToken).ConfigureAwait(false) ?? [field];
                return ColumnsMissing(missing);
            }
            return GraphWriteOutcome.Written("Déclaration IA enregistrée dans les colonnes de la bibliothèque.");
        }, userAssertion, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ColumnProvisioning> ProvisionColumnsAsync(string? userAssertion, string siteId, string listId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentException.ThrowIfNullOrWhiteSpace(listId);
        var created = new List<string>();
        var present = new List<string>();
        var outcome = await Guarded("la bibliothèque", async graph =>
        {
            var columns = graph.Sites[siteId].Lists[listId].Columns;
            var existing = await columns.GetAsync(c => c.QueryParameters.Select = ["id", "name"], cancellationToken).ConfigureAwait(false);
            var names = new HashSet<string>(existing?.Value?.Select(c => c.Name ?? "") ?? [], StringComparer.OrdinalIgnoreCase);
            foreach (var definition in AiUseColumns.Definitions())
            {
                if (names.Contains(definition.Name!)) { present.Add(definition.Name!); continue; }
                try
                {
                    await columns.PostAsync(definition, cancellationToken: cancellationToken).ConfigureAwait(false);
                    created.Add(definition.Name!);
                }
                catch (ODataError e) when (e.ResponseStatusCode == 409)
                {
                    present.Add(definition.Name!);
                }
            }
            return GraphWriteOutcome.Written(created.Count == 0
                ? "Les colonnes IA existent déjà dans la bibliothèque."
                : $"Colonnes IA créées : {string.Join(", ", created)}.");
        }, userAssertion, cancellationToken).ConfigureAwait(false);
        return new ColumnProvisioning(outcome, created, present);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The open extension's data: flat primitives only (what open extensions accept).</summary>
    internal static Dictionary<string, object> ExtensionData(AiUseRecord record)
    {
        var data = new Dictionary<string, object>
        {
            ["schemaVersion"] = 1,
            ["tool"] = record.Tool,
            ["purpose"] = record.Purpose,
            ["mode"] = record.Mode,
            ["date"] = record.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["checklistComplete"] = record.ChecklistComplete,
            ["mentionInserted"] = record.MentionInserted,
            ["findingsTotal"] = record.FindingsTotal,
            ["findings"] = AiUseColumns.FindingsSummary(record),
        };
        if (record.ReviewerId is not null) data["reviewerId"] = record.ReviewerId;
        if (record.PolicyVersion is not null) data["policyVersion"] = record.PolicyVersion;
        return data;
    }

    private async Task<GraphWriteOutcome> Guarded(string target, Func<GraphServiceClient, Task<GraphWriteOutcome>> action,
        string? userAssertion, CancellationToken cancellationToken)
    {
        var graph = new GraphServiceClient(_http,
            new BaseBearerTokenAuthenticationProvider(new TokenAdapter(_tokens, userAssertion, _graphHost)),
            _options.GraphBaseUrl);
        try
        {
            return await action(graph).ConfigureAwait(false);
        }
        catch (GraphTokenException e)
        {
            return new GraphWriteOutcome(e.ConsentRequired ? GraphWriteStatus.Forbidden : GraphWriteStatus.Failed, e.Message, e.Retryable);
        }
        catch (ApiException e)
        {
            return Map(e, target);
        }
        catch (HttpRequestException)
        {
            return new GraphWriteOutcome(GraphWriteStatus.Failed, "Microsoft Graph est injoignable.", Retryable: true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new GraphWriteOutcome(GraphWriteStatus.Failed, "Microsoft Graph n'a pas répondu à temps.", Retryable: true);
        }
    }

    private static GraphWriteOutcome Map(ApiException e, string target)
    {
        string? code = (e as ODataError)?.Error?.Code;
        int status = e.ResponseStatusCode;
        return status switch
        {
            404 => new(GraphWriteStatus.NotFound, $"Microsoft Graph ne trouve pas {target} (supprimé, déplacé ou inaccessible).", false, GraphErrorCode: code),
            401 => new(GraphWriteStatus.Forbidden, "Microsoft Graph a refusé le jeton d'accès.", false, GraphErrorCode: code),
            403 => new(GraphWriteStatus.Forbidden, $"Permission Microsoft Graph manquante pour écrire sur {target}.", false, GraphErrorCode: code),
            429 => new(GraphWriteStatus.Throttled, "Microsoft Graph limite les requêtes : l'écriture sera retentée plus tard.", true,
                RetryAfter(e), code),
            >= 500 => new(GraphWriteStatus.Failed, $"Microsoft Graph est momentanément indisponible ({status}).", true, RetryAfter(e), code),
            _ => new(GraphWriteStatus.Failed, $"Microsoft Graph a refusé l'écriture ({status}{(code is null ? "" : ", " + code)}).", false, GraphErrorCode: code),
        };
    }

    private static TimeSpan? RetryAfter(ApiException e)
    {
        if (e.ResponseHeaders is null) return null;
        foreach (var (name, values) in e.ResponseHeaders)
        {
            if (!name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase)) continue;
            var v = values.FirstOrDefault();
            if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return TimeSpan.FromSeconds(seconds);
            if (DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
                return date > DateTimeOffset.UtcNow ? date - DateTimeOffset.UtcNow : TimeSpan.Zero;
        }
        return null;
    }

    /// <summary>The field name in Graph's "Field 'X' is not recognized" error, or null.</summary>
    private static string? UnknownField(ODataError e) =>
        e.Error?.Message is { } m && UnknownFieldPattern().Match(m) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("Field '([^']+)' is not recognized")]
    private static partial Regex UnknownFieldPattern();

    private static async Task<IReadOnlyList<string>?> MissingColumns(GraphServiceClient graph, string driveId, CancellationToken cancellationToken)
    {
        try
        {
            var columns = await graph.Drives[driveId].List.Columns
                .GetAsync(c => c.QueryParameters.Select = ["name"], cancellationToken).ConfigureAwait(false);
            var names = new HashSet<string>(columns?.Value?.Select(c => c.Name ?? "") ?? [], StringComparer.OrdinalIgnoreCase);
            return AiUseColumns.Names.Where(n => !names.Contains(n)).ToList();
        }
        catch (ApiException)
        {
            return null;
        }
    }

    private static GraphWriteOutcome ColumnsMissing(IReadOnlyList<string> missing) => new(
        GraphWriteStatus.ColumnsMissing,
        $"La bibliothèque n'a pas les colonnes de déclaration IA ({string.Join(", ", missing)}) : un administrateur doit lancer leur création (permission Sites.Manage.All), puis l'écriture pourra être retentée.",
        Retryable: false,
        MissingColumns: missing);

    /// <summary>Hands the caller's token to Kiota, only for the configured Graph host over https (or loopback http).</summary>
    private sealed class TokenAdapter(IGraphTokenProvider tokens, string? assertion, string graphHost) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new([graphHost]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default) =>
            AllowedHostsValidator.IsUrlHostValid(uri) && GraphWriterOptions.IsAllowedUrl(uri.ToString())
                ? tokens.GetTokenAsync(assertion, cancellationToken)
                : Task.FromResult(string.Empty);
    }
}
