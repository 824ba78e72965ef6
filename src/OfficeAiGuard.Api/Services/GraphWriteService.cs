using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Documents;
using OfficeAiGuard.Graph;

namespace OfficeAiGuard.Api.Services;

/// <summary>The state of a declaration's Graph write, as stored and shown (<c>graphState</c>).</summary>
public static class GraphStates
{
    /// <summary>No Microsoft 365 item was named: nothing to write.</summary>
    public const string None = "none";
    /// <summary>The writer is off (no tenant configured); the message says why.</summary>
    public const string Off = "off";
    public const string Written = "written";
    /// <summary>A retryable failure: the background retry tries again at <c>NextAttemptAt</c>.</summary>
    public const string Pending = "pending";
    /// <summary>Not retryable (columns missing, permission, not found) or too many attempts; the message says why.</summary>
    public const string Failed = "failed";
}

/// <summary>Which document addresses a declaration may name (section <c>Graph</c>, key <c>AllowedDocumentHosts</c>).</summary>
public sealed class GraphTargetOptions
{
    public const string Section = "Graph";

    /// <summary>Hosts accepted for <c>documentUrl</c> targets besides <c>*.sharepoint.com</c> (e.g. a vanity SharePoint domain).</summary>
    public string[] AllowedDocumentHosts { get; set; } = [];
}

/// <summary>Checks of the Graph target named in a declaration (ids without path characters, or an allowed https document address).</summary>
public static partial class GraphTargets
{
    public const string Message = "message";
    public const string DriveItem = "driveItem";
    public const string DocumentUrl = "documentUrl";
    public const int MaxIdLength = 512;
    public const int MaxUrlLength = 2048;

    /// <summary>Reports problems through <paramref name="error"/> (field, French message).</summary>
    public static void Validate(GraphTargetRequest? target, string host, Action<string, string> error,
        IReadOnlyCollection<string>? allowedDocumentHosts = null)
    {
        if (target is null) return;
        void Id(string field, string? value, string label) => ValidateId($"graphTarget.{field}", value, label, error);
        switch (target.Kind)
        {
            case Message:
                Id("messageId", target.MessageId, "L'identifiant du message (messageId)");
                if (host is not ("" or "outlook")) error("graphTarget.kind", "Un message ne peut être déclaré que depuis Outlook.");
                break;
            case DriveItem:
                Id("driveId", target.DriveId, "L'identifiant de la bibliothèque (driveId)");
                Id("itemId", target.ItemId, "L'identifiant du fichier (itemId)");
                if (host is not ("" or "word")) error("graphTarget.kind", "Un fichier de bibliothèque ne peut être déclaré que depuis Word.");
                break;
            case DocumentUrl:
                ValidateDocumentUrl(target.Url, allowedDocumentHosts ?? [], error);
                if (host is not ("" or "word")) error("graphTarget.kind", "Un fichier de bibliothèque ne peut être déclaré que depuis Word.");
                break;
            default:
                error("graphTarget.kind", "La cible Microsoft Graph doit être « message », « driveItem » ou « documentUrl ».");
                break;
        }
    }

    /// <summary>An absolute https address on SharePoint Online (<c>*.sharepoint.com</c>) or an allowed host, at most 2048 characters.</summary>
    public static void ValidateDocumentUrl(string? url, IReadOnlyCollection<string> allowedHosts, Action<string, string> error)
    {
        const string field = "graphTarget.url";
        if (string.IsNullOrWhiteSpace(url)) { error(field, "L'adresse du document (url) est obligatoire."); return; }
        if (url.Length > MaxUrlLength) { error(field, $"L'adresse du document dépasse {MaxUrlLength} caractères."); return; }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.UserInfo.Length > 0 || !uri.IsDefaultPort)
        {
            error(field, "L'adresse du document doit être une adresse https de SharePoint ou OneDrive.");
            return;
        }
        string documentHost = uri.IdnHost;
        bool allowed = documentHost.EndsWith(".sharepoint.com", StringComparison.OrdinalIgnoreCase) ||
            allowedHosts.Any(h => string.Equals(h?.Trim(), documentHost, StringComparison.OrdinalIgnoreCase));
        if (!allowed)
            error(field, $"Le document doit être dans SharePoint ou OneDrive (*.sharepoint.com) ; l'hôte « {documentHost} » n'est pas autorisé (Graph:AllowedDocumentHosts).");
    }

    public static void ValidateId(string field, string? value, string label, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(value)) error(field, $"{label} est obligatoire.");
        else if (value.Length > MaxIdLength || !IdPattern().IsMatch(value))
            error(field, $"{label} n'est pas un identifiant Microsoft Graph valide.");
    }

    // REST ids of messages (base64url, may end with '='), drive ids (b!…) and item ids: never '/', '?', '#' or spaces.
    [GeneratedRegex(@"^[A-Za-z0-9!_=+.,:\-]+$")]
    private static partial Regex IdPattern();
}

/// <summary>Settings of the background retry of pending Graph writes (section <c>Graph:Retry</c>).</summary>
public sealed class GraphRetryOptions
{
    public const string Section = "Graph:Retry";

    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
    public int BatchSize { get; set; } = 20;
}

/// <summary>
/// Writes a stored declaration's record onto the Microsoft 365 item it names, and records the outcome beside it.
/// The declaration is always stored before; a Graph failure never fails the request: it is recorded as pending
/// (retried in the background with the application's token) or failed, with a French message.
/// </summary>
public sealed class GraphWriteService(AppDb db, IAiUseRecordWriter writer, TimeProvider clock, IOptions<GraphRetryOptions> retry,
    ILogger<GraphWriteService> logger)
{
    /// <summary>
    /// After <paramref name="declaration"/> was stored: the first write, on behalf of the caller (their access token to
    /// this API is the OBO user assertion). A declaration already written or tried (an identical retry) is not tried again.
    /// </summary>
    public async Task<DeclarationResponse> WriteAsync(Caller caller, DeclarationResponse declaration, GraphTargetRequest? target,
        string? userAssertion, CancellationToken ct = default)
    {
        if (target is null || declaration.GraphState != GraphStates.None) return declaration;
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new DeclarationGraphWriteRow
        {
            DeclarationId = declaration.Id,
            TenantId = caller.TenantId,
            TargetKind = target.Kind!,
            MessageId = target.Kind == GraphTargets.Message ? target.MessageId : null,
            DriveId = target.Kind == GraphTargets.DriveItem ? target.DriveId : null,
            ItemId = target.Kind == GraphTargets.DriveItem ? target.ItemId : null,
            DocumentUrl = target.Kind == GraphTargets.DocumentUrl && writer.Status.Enabled ? target.Url : null,
            State = writer.Status.Enabled ? GraphStates.Pending : GraphStates.Off,
            Message = writer.Status.Enabled ? "Écriture Microsoft Graph en cours." : writer.Status.Reason,
            NextAttemptAt = writer.Status.Enabled ? now : null,
            UpdatedAt = now,
        };
        db.DeclarationGraphWrites.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent identical declaration already recorded its write: show that one.
            db.ChangeTracker.Clear();
            var existing = await db.DeclarationGraphWrites.AsNoTracking().FirstAsync(g => g.DeclarationId == declaration.Id, ct);
            return With(declaration, existing);
        }
        if (row.State == GraphStates.Pending && !string.IsNullOrWhiteSpace(userAssertion))
        {
            var record = RecordOf(declaration.ToolId, declaration.Purpose, declaration.Extent, declaration.CreatedAt, ReviewerId.For(caller),
                declaration.PolicyVersion, declaration.ChecklistComplete, declaration.MentionInserted, declaration.Findings);
            var outcome = await Attempt(row, record, (r, m, c) => writer.WriteMessageRecordAsync(userAssertion, m, r, c),
                (r, d, i, c) => writer.WriteDriveItemRecordAsync(userAssertion, d, i, r, c),
                (u, c) => writer.ResolveDocumentUrlAsync(userAssertion, u, c), ct);
            Apply(row, outcome, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return With(declaration, row);
    }

    /// <summary>
    /// One pass of the background retry: pending writes whose next attempt is due (at most the batch size), with the
    /// application's token since the user's is gone. Returns how many were attempted.
    /// </summary>
    public async Task<int> RetryDueAsync(DateTime? asOf = null, CancellationToken ct = default)
    {
        if (!writer.Status.Enabled) return 0;
        var now = asOf ?? clock.GetUtcNow().UtcDateTime;
        var due = await db.DeclarationGraphWrites
            .Where(g => g.State == GraphStates.Pending && g.NextAttemptAt <= now)
            .OrderBy(g => g.NextAttemptAt).Take(Math.Clamp(retry.Value.BatchSize, 1, 500)).ToListAsync(ct);
        int attempted = 0;
        foreach (var row in due)
        {
            var declaration = await db.Declarations.AsNoTracking().Include(d => d.Findings).FirstAsync(d => d.Id == row.DeclarationId, ct);
            var record = RecordOf(declaration.ToolId, declaration.Purpose, declaration.Extent, declaration.CreatedAt,
                ReviewerId.For(declaration.TenantId, declaration.UserId), declaration.PolicyVersion, declaration.ChecklistComplete,
                declaration.MentionInserted, declaration.Findings.ToDictionary(f => f.Category, f => f.Count));
            var outcome = await Attempt(row, record, (r, m, c) => writer.WriteMessageRecordAsApplicationAsync(declaration.UserId, m, r, c),
                (r, d, i, c) => writer.WriteDriveItemRecordAsync(null, d, i, r, c),
                (u, c) => writer.ResolveDocumentUrlAsync(null, u, c), ct);
            Apply(row, outcome, now);
            try
            {
                await db.SaveChangesAsync(ct);
                attempted++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance recorded this attempt first.
                db.Entry(row).State = EntityState.Detached;
            }
        }
        return attempted;
    }

    private async Task<GraphWriteOutcome> Attempt(DeclarationGraphWriteRow row, AiUseRecord record,
        Func<AiUseRecord, string, CancellationToken, Task<GraphWriteOutcome>> message,
        Func<AiUseRecord, string, string, CancellationToken, Task<GraphWriteOutcome>> driveItem,
        Func<string, CancellationToken, Task<DriveItemResolution>> resolve, CancellationToken ct)
    {
        try
        {
            if (row.TargetKind == GraphTargets.DocumentUrl && row.DriveId is null)
            {
                // Word only knows the file's address: its Graph ids first (kept, so later retries skip this step).
                var resolution = await resolve(row.DocumentUrl!, ct);
                if (resolution.Failure is { } failure) return failure;
                (row.DriveId, row.ItemId, row.DocumentUrl) = (resolution.DriveId, resolution.ItemId, null);
            }
            return row.TargetKind == GraphTargets.Message
                ? await message(record, row.MessageId!, ct)
                : await driveItem(record, row.DriveId!, row.ItemId!, ct);
        }
        catch (ArgumentException e)
        {
            return new GraphWriteOutcome(GraphWriteStatus.Failed, $"Déclaration impossible à écrire dans Microsoft 365 : {e.Message}", Retryable: false);
        }
    }

    private void Apply(DeclarationGraphWriteRow row, GraphWriteOutcome outcome, DateTime now)
    {
        row.Attempts++;
        row.UpdatedAt = now;
        row.Message = outcome.Message;
        if (outcome.Status == GraphWriteStatus.Disabled)
        {
            (row.State, row.NextAttemptAt, row.DocumentUrl) = (GraphStates.Off, null, null);
        }
        else if (outcome.Succeeded)
        {
            (row.State, row.NextAttemptAt) = (GraphStates.Written, null);
        }
        else if (outcome.NextAttempt(new DateTimeOffset(now, TimeSpan.Zero), row.Attempts) is { } next)
        {
            (row.State, row.NextAttemptAt) = (GraphStates.Pending, next.UtcDateTime);
        }
        else
        {
            (row.State, row.NextAttemptAt) = (GraphStates.Failed, null);
            row.DocumentUrl = null; // no later attempt needs the address
            if (outcome.Retryable)
                row.Message = $"{outcome.Message} Abandon après {row.Attempts} tentatives.";
        }
        // Ids and states only: never the record's content.
        logger.LogInformation("Graph write of declaration {DeclarationId} ({TargetKind}): {State} after {Attempts} attempt(s), Graph status {GraphStatus}",
            row.DeclarationId, row.TargetKind, row.State, row.Attempts, outcome.Status);
    }

    private static DeclarationResponse With(DeclarationResponse declaration, DeclarationGraphWriteRow row) => declaration with
    {
        GraphState = row.State,
        GraphMessage = row.Message,
        GraphNextAttemptAt = row.State == GraphStates.Pending ? row.NextAttemptAt : null,
    };

    /// <summary>The record written to Graph: the declaration's choices and counts, the opaque reviewer id; never text nor names.</summary>
    private static AiUseRecord RecordOf(string toolId, string purpose, string extent, DateTime createdAt, string reviewerId, int policyVersion,
        bool checklistComplete, bool mentionInserted, IReadOnlyDictionary<string, int> findings) => new()
    {
        Tool = toolId,
        Purpose = purpose,
        Mode = extent,
        Date = new DateTimeOffset(DateTime.SpecifyKind(createdAt, DateTimeKind.Utc)),
        ReviewerId = reviewerId,
        PolicyVersion = policyVersion.ToString(CultureInfo.InvariantCulture),
        ChecklistComplete = checklistComplete,
        MentionInserted = mentionInserted,
        FindingCounts = findings,
    };
}
