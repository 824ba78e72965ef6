using System.Text.Json.Nodes;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Graph.Tests;

internal sealed class FixedTokenProvider(Func<string?, string>? issue = null) : IGraphTokenProvider
{
    public List<string?> Assertions { get; } = [];

    public Task<string> GetTokenAsync(string? userAssertion, CancellationToken cancellationToken = default)
    {
        Assertions.Add(userAssertion);
        return Task.FromResult(issue?.Invoke(userAssertion) ?? $"token-for-{userAssertion ?? "app"}");
    }
}

public sealed class GraphWriterTests : IAsyncLifetime
{
    private FakeGraph _fake = null!;
    private readonly List<TimeSpan> _delays = [];

    public async Task InitializeAsync() => _fake = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    internal static AiUseRecord Record() => new()
    {
        Tool = "copilot",
        Purpose = "rédaction",
        Date = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero),
        ReviewerId = "u-7f3a",
        PolicyVersion = "rumilly-ccas@3",
        ChecklistComplete = true,
        MentionInserted = true,
        FindingCounts = new Dictionary<string, int> { ["EMAIL"] = 2, ["NIR"] = 1 },
    };

    private GraphWriterOptions Options() => new()
    {
        TenantId = "contoso", ClientId = "client", ClientSecret = "secret", GraphBaseUrl = _fake.GraphBaseUrl,
    };

    private GraphAiUseRecordWriter Writer(IGraphTokenProvider? tokens = null, GraphWriterOptions? options = null) =>
        new(options ?? Options(), tokens ?? new FixedTokenProvider(), delay: (d, _) => { _delays.Add(d); return Task.CompletedTask; });

    [Fact]
    public async Task Message_record_is_an_extended_property_and_one_open_extension()
    {
        _fake.Messages["AAMkAD=="] = [];
        using var writer = Writer();

        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "AAMkAD==", Record());

        Assert.Equal(GraphWriteStatus.Written, outcome.Status);
        var requests = _fake.GraphRequests;
        Assert.Equal(["PATCH /v1.0/me/messages/AAMkAD==", "PATCH /v1.0/me/messages/AAMkAD==/extensions/fr.officeaiguard.aiUse", "POST /v1.0/me/messages/AAMkAD==/extensions"],
            requests.Select(r => $"{r.Method} {Uri.UnescapeDataString(r.Path)}"));
        Assert.All(requests, r => Assert.Equal("Bearer token-for-user-jwt", r.Authorization));

        var property = Assert.Single(requests[0].Json!["singleValueExtendedProperties"]!.AsArray())!;
        Assert.Equal("String {00020386-0000-0000-C000-000000000046} Name X-AI-Disclosure", property["id"]!.GetValue<string>());
        Assert.StartsWith("tool=copilot; purpose=r%C3%A9daction; mode=assisted; date=2026-11-20T09:30:00Z", property["value"]!.GetValue<string>());

        var ext = requests[2].Json!.AsObject();
        Assert.Equal("#microsoft.graph.openTypeExtension", ext["@odata.type"]!.GetValue<string>());
        Assert.Equal("fr.officeaiguard.aiUse", ext["extensionName"]!.GetValue<string>());
        Assert.Equal("copilot", ext["tool"]!.GetValue<string>());
        Assert.True(ext["checklistComplete"]!.GetValue<bool>());
        Assert.Equal(3, ext["findingsTotal"]!.GetValue<int>());
        Assert.Equal("EMAIL=2;NIR=1", ext["findings"]!.GetValue<string>());
        Assert.Equal("u-7f3a", ext["reviewerId"]!.GetValue<string>());
        Assert.Single(_fake.Extensions["AAMkAD=="]);
    }

    [Fact]
    public async Task Writing_again_updates_the_same_extension()
    {
        _fake.Messages["m1"] = [];
        using var writer = Writer();
        await writer.WriteMessageRecordAsync("user-jwt", "m1", Record());
        var before = _fake.GraphRequests.Count;

        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m1", Record() with { Tool = "iris" });

        Assert.Equal(GraphWriteStatus.Written, outcome.Status);
        var again = _fake.GraphRequests.Skip(before).Select(r => r.Method).ToList();
        Assert.Equal(["PATCH", "PATCH"], again);
        Assert.Equal("iris", _fake.Extensions["m1"]["fr.officeaiguard.aiUse"]["tool"]!.GetValue<string>());
        Assert.StartsWith("tool=iris;", _fake.Messages["m1"].Values.Single());
    }

    [Fact]
    public async Task A_missing_message_is_reported_not_thrown()
    {
        using var writer = Writer();
        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "gone", Record());
        Assert.Equal(GraphWriteStatus.NotFound, outcome.Status);
        Assert.Equal("ErrorItemNotFound", outcome.GraphErrorCode);
        Assert.False(outcome.Retryable);
        Assert.Single(_fake.GraphRequests);
    }

    [Fact]
    public async Task Drive_item_record_goes_into_the_list_item_fields()
    {
        _fake.DriveItems[("b!drive", "01ITEM")] = "42";
        using var writer = Writer();
        var provision = await writer.ProvisionColumnsAsync(null, "site-1", "b!drive");
        Assert.Equal(GraphWriteStatus.Written, provision.Outcome.Status);

        var outcome = await writer.WriteDriveItemRecordAsync("user-jwt", "b!drive", "01ITEM", Record());

        Assert.Equal(GraphWriteStatus.Written, outcome.Status);
        var last = _fake.GraphRequests.TakeLast(2).ToList();
        Assert.Equal("GET", last[0].Method);
        Assert.Equal("/v1.0/drives/b!drive/items/01ITEM/listItem", Uri.UnescapeDataString(last[0].Path));
        Assert.Equal("PATCH", last[1].Method);
        Assert.Equal("/v1.0/drives/b!drive/list/items/42/fields", Uri.UnescapeDataString(last[1].Path));
        var fields = last[1].Json!.AsObject();
        Assert.Equal("copilot", fields["AiTool"]!.GetValue<string>());
        Assert.Equal("2026-11-20T09:30:00Z", fields["AiDate"]!.GetValue<string>());
        Assert.True(fields["AiChecklist"]!.GetValue<bool>());
        Assert.True(fields["AiMention"]!.GetValue<bool>());
        Assert.Equal(3, fields["AiFindingsTotal"]!.GetValue<int>());
        Assert.Equal("EMAIL=2;NIR=1", fields["AiFindings"]!.GetValue<string>());
        Assert.Equal("Bearer token-for-user-jwt", last[1].Authorization);
    }

    [Fact]
    public async Task Missing_columns_give_a_clear_outcome_naming_them()
    {
        _fake.DriveItems[("d", "i")] = "7";
        _fake.Columns["d"] = [new JsonObject { ["id"] = "x", ["name"] = "AiTool" }];
        using var writer = Writer();

        var outcome = await writer.WriteDriveItemRecordAsync("user-jwt", "d", "i", Record());

        Assert.Equal(GraphWriteStatus.ColumnsMissing, outcome.Status);
        Assert.False(outcome.Retryable);
        Assert.DoesNotContain("AiTool", outcome.MissingColumns!);
        Assert.Contains("AiPurpose", outcome.MissingColumns!);
        Assert.Equal(AiUseColumns.Names.Count - 1, outcome.MissingColumns!.Count);
        Assert.Contains("Sites.Manage.All", outcome.Message);
        Assert.Contains("AiPurpose", outcome.Message);
    }

    [Fact]
    public async Task Provisioning_creates_indexed_columns_once()
    {
        _fake.Columns["lib"] = [new JsonObject { ["id"] = "1", ["name"] = "AiTool" }];
        using var writer = Writer();

        var first = await writer.ProvisionColumnsAsync("admin-jwt", "site-1", "lib");
        Assert.Equal(GraphWriteStatus.Written, first.Outcome.Status);
        Assert.Equal(["AiTool"], first.AlreadyPresent);
        Assert.Equal(AiUseColumns.Names.Skip(1), first.Created);

        var posts = _fake.GraphRequests.Where(r => r.Method == "POST").ToList();
        Assert.All(posts, p => Assert.Equal("/v1.0/sites/site-1/lists/lib/columns", p.Path));
        var date = posts.Single(p => p.Json!["name"]!.GetValue<string>() == "AiDate").Json!;
        Assert.True(date["indexed"]!.GetValue<bool>());
        Assert.Equal("dateTime", date["dateTime"]!["format"]!.GetValue<string>());
        var checklist = posts.Single(p => p.Json!["name"]!.GetValue<string>() == "AiChecklist").Json!;
        Assert.True(checklist["indexed"]!.GetValue<bool>());
        Assert.NotNull(checklist["boolean"]);
        var findings = posts.Single(p => p.Json!["name"]!.GetValue<string>() == "AiFindings").Json!;
        Assert.True(findings["text"]!["allowMultipleLines"]!.GetValue<bool>());

        var second = await writer.ProvisionColumnsAsync("admin-jwt", "site-1", "lib");
        Assert.Empty(second.Created);
        Assert.Equal(AiUseColumns.Names.Count, second.AlreadyPresent.Count);
    }

    [Fact]
    public async Task Throttling_is_retried_after_the_delay_Graph_asks_for()
    {
        _fake.Messages["m"] = [];
        _fake.Fail("/me/messages/m", 429, retryAfter: "7");
        _fake.Fail("/me/messages/m", 503);
        using var writer = Writer();

        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m", Record());

        Assert.Equal(GraphWriteStatus.Written, outcome.Status);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(2)], _delays); // Retry-After, then back-off (attempt 2)
        var patches = _fake.GraphRequests.Where(r => r.Path == "/v1.0/me/messages/m").ToList();
        Assert.Equal(3, patches.Count);
        Assert.All(patches, p => Assert.Contains("X-AI-Disclosure", p.Body)); // body re-sent intact
    }

    [Fact]
    public async Task A_long_Retry_After_ends_the_call_as_throttled_with_the_delay()
    {
        _fake.Messages["m"] = [];
        _fake.Fail("/me/messages/m", 429, retryAfter: "120");
        using var writer = Writer();

        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m", Record());

        Assert.Equal(GraphWriteStatus.Throttled, outcome.Status);
        Assert.True(outcome.Retryable);
        Assert.Equal(TimeSpan.FromSeconds(120), outcome.RetryAfter);
        Assert.Empty(_delays);
        Assert.Single(_fake.GraphRequests);
    }

    [Fact]
    public async Task Transient_errors_stop_after_the_retry_limit()
    {
        _fake.Messages["m"] = [];
        for (int i = 0; i < 10; i++) _fake.Fail("/me/messages/m", 503);
        using var writer = Writer();

        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m", Record());

        Assert.Equal(GraphWriteStatus.Failed, outcome.Status);
        Assert.True(outcome.Retryable);
        Assert.Equal(4, _fake.GraphRequests.Count); // first attempt + MaxRetries (3)
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], _delays);
    }

    [Fact]
    public async Task Forbidden_is_not_retried()
    {
        _fake.Messages["m"] = [];
        _fake.Fail("/me/messages/m", 403);
        using var writer = Writer();
        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m", Record());
        Assert.Equal(GraphWriteStatus.Forbidden, outcome.Status);
        Assert.False(outcome.Retryable);
        Assert.Single(_fake.GraphRequests);
    }

    [Fact]
    public async Task Consent_required_is_reported_without_calling_Graph()
    {
        var tokens = new ThrowingTokenProvider(new GraphTokenException("Consentement requis.", consentRequired: true, retryable: false));
        using var writer = Writer(tokens);
        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m", Record());
        Assert.Equal(GraphWriteStatus.Forbidden, outcome.Status);
        Assert.Empty(_fake.GraphRequests);
    }

    [Fact]
    public async Task Without_a_tenant_the_writer_is_off_and_says_why()
    {
        var writer = AiUseRecordWriter.Create(new GraphWriterOptions());
        Assert.IsType<DisabledAiUseRecordWriter>(writer);
        Assert.False(writer.Status.Enabled);
        Assert.Contains("Graph:TenantId", writer.Status.Reason);
        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m", Record());
        Assert.Equal(GraphWriteStatus.Disabled, outcome.Status);
        Assert.False(new GraphWriterOptions { TenantId = "t", ClientId = "c" }.Evaluate().Enabled);
        Assert.False(new GraphWriterOptions { TenantId = "t", ClientId = "c", ClientSecret = "s", GraphBaseUrl = "http://graph.example" }.Evaluate().Enabled);
        Assert.True(new GraphWriterOptions { TenantId = "t", ClientId = "c", ClientSecret = "s" }.Evaluate().Enabled);
    }

    private sealed class ThrowingTokenProvider(Exception e) : IGraphTokenProvider
    {
        public Task<string> GetTokenAsync(string? userAssertion, CancellationToken cancellationToken = default) => Task.FromException<string>(e);
    }
}

public class GraphRetryHandlerTests
{
    [Fact]
    public async Task An_unreachable_Graph_is_retried_then_reported_as_retryable()
    {
        // A port nobody listens on: connection refused on every attempt.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var delays = new List<TimeSpan>();
        var options = new GraphWriterOptions { TenantId = "t", ClientId = "c", ClientSecret = "s", GraphBaseUrl = $"http://127.0.0.1:{port}/v1.0", MaxRetries = 2 };
        using var writer = new GraphAiUseRecordWriter(options, new FixedTokenProvider(), delay: (d, _) => { delays.Add(d); return Task.CompletedTask; });

        var outcome = await writer.WriteMessageRecordAsync("user-jwt", "m", GraphWriterTests.Record());

        Assert.Equal(GraphWriteStatus.Failed, outcome.Status);
        Assert.True(outcome.Retryable);
        Assert.Equal(2, delays.Count);
    }

    [Fact]
    public void Retry_After_accepts_seconds_and_dates()
    {
        var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(5), GraphRetryHandler.RetryAfter(response.Headers));

        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(20));
        Assert.InRange(GraphRetryHandler.RetryAfter(response.Headers)!.Value, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(21));

        response.Headers.RetryAfter = null;
        Assert.Null(GraphRetryHandler.RetryAfter(response.Headers));
    }
}

public class GraphWriteOutcomeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Background_retries_back_off_honour_Retry_After_and_stop()
    {
        var failed = new GraphWriteOutcome(GraphWriteStatus.Failed, "x", Retryable: true);
        Assert.Equal(Now.AddMinutes(1), failed.NextAttempt(Now, 1));
        Assert.Equal(Now.AddMinutes(4), failed.NextAttempt(Now, 3));
        Assert.Null(failed.NextAttempt(Now, GraphWriteOutcome.MaxBackgroundAttempts));

        var throttled = new GraphWriteOutcome(GraphWriteStatus.Throttled, "x", Retryable: true, RetryAfter: TimeSpan.FromMinutes(10));
        Assert.Equal(Now.AddMinutes(10), throttled.NextAttempt(Now, 1));

        Assert.Null(new GraphWriteOutcome(GraphWriteStatus.ColumnsMissing, "x", Retryable: false).NextAttempt(Now, 1));
        Assert.Null(GraphWriteOutcome.Written("ok").NextAttempt(Now, 1));
    }
}
