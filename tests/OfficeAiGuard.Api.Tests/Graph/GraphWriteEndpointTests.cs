using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Identity.Client;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Api.Tests.Infrastructure;
using OfficeAiGuard.TestSupport;

namespace OfficeAiGuard.Api.Tests.Graph;

/// <summary>
/// The API with its Graph writer pointed at the local fake Graph and Entra ID (real MSAL on-behalf-of, real Graph SDK),
/// the background retry off (tests trigger a pass directly).
/// </summary>
public sealed class GraphApiFactory : ApiFactory
{
    public GraphApiFactory() => Fake = FakeGraph.StartAsync().GetAwaiter().GetResult();

    public FakeGraph Fake { get; }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Graph:TenantId", "contoso"),
        new("Graph:ClientId", "api-client-id"),
        new("Graph:ClientSecret", "api-secret"),
        new("Graph:GraphBaseUrl", Fake.GraphBaseUrl),
        new("Graph:MaxRetries", "1"),
        new("Graph:BaseRetryDelay", "00:00:00.010"),
        new("Graph:Retry:Enabled", "false"),
        new("Graph:AllowedDocumentHosts:0", "docs.mairie-demo.fr"),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddSingleton<IMsalHttpClientFactory>(new LoopbackMsalHttpClientFactory(new Uri(Fake.BaseUrl))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Fake.DisposeAsync();
    }
}

public sealed class GraphWriteEndpointTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private const string Tenant = "tenant-graph";

    private static Dictionary<string, object?> WithTarget(string itemKey, object target, string host = "outlook")
    {
        var body = DeclarationBodies.Body(itemKey);
        body["host"] = host;
        body["graphTarget"] = target;
        return body;
    }

    private async Task<(HttpResponseMessage Response, JsonElement Record)> Declare(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync("/api/declarations", body);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private async Task<int> StoredDeclarations(string itemKey)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().Declarations.CountAsync(d => d.ItemKey == itemKey);
    }

    [Fact]
    public async Task A_message_target_gets_the_extension_and_the_extended_property_on_behalf_of_the_user()
    {
        factory.Fake.Messages["AAMkAD-msg1="] = [];
        var client = await factory.ClientFor("alice", Tenant);

        var (response, record) = await Declare(client, WithTarget("mail-1", new { kind = "message", messageId = "AAMkAD-msg1=" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("written", record.GetProperty("graphState").GetString());
        Assert.Equal(1, await StoredDeclarations("mail-1"));
        var property = Assert.Single(factory.Fake.Messages["AAMkAD-msg1="]);
        Assert.Equal("String {00020386-0000-0000-C000-000000000046} Name X-AI-Disclosure", property.Key);
        Assert.StartsWith("tool=le-chat-pro; purpose=redaction; mode=partiel;", property.Value);
        var extension = factory.Fake.Extensions["AAMkAD-msg1="]["fr.officeaiguard.aiUse"];
        Assert.Equal("le-chat-pro", extension["tool"]!.GetValue<string>());
        Assert.Equal("PERSON_NAME=2", extension["findings"]!.GetValue<string>());

        // On behalf of the user: MSAL exchanged the caller's own bearer token (OBO) and Graph got the resulting token.
        var bearer = client.DefaultRequestHeaders.Authorization!.Parameter;
        var obo = Assert.Single(factory.Fake.TokenRequests, t => t.GetValueOrDefault("assertion") == bearer);
        Assert.Equal("on_behalf_of", obo["requested_token_use"]);
        var sent = factory.Fake.GraphRequests.Where(r => r.Path.Contains("AAMkAD-msg1", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, sent.Count);
        Assert.All(sent, r => Assert.StartsWith("/v1.0/me/messages/", r.Path));

        // Only the record's fields reach Graph: no name of the author, the item key or the checklist.
        var allowed = new HashSet<string> { "@odata.type", "extensionName", "schemaVersion", "tool", "purpose", "mode", "date",
            "checklistComplete", "mentionInserted", "findingsTotal", "findings", "reviewerId", "policyVersion" };
        Assert.All(extension.Select(p => p.Key), k => Assert.Contains(k, allowed));
        Assert.All(sent, r => Assert.DoesNotContain("alice", r.Body, StringComparison.OrdinalIgnoreCase));
        Assert.All(sent, r => Assert.DoesNotContain("mail-1", r.Body, StringComparison.Ordinal));

        // The same declaration again is not written twice, and shows the stored state.
        var (again, againRecord) = await Declare(client, WithTarget("mail-1", new { kind = "message", messageId = "AAMkAD-msg1=" }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("written", againRecord.GetProperty("graphState").GetString());
        Assert.Equal(3, factory.Fake.GraphRequests.Count(r => r.Path.Contains("AAMkAD-msg1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Throttling_is_retried_within_the_request()
    {
        factory.Fake.Messages["msg-429"] = [];
        factory.Fake.Fail("/messages/msg-429", 429, retryAfter: "0");
        var client = await factory.ClientFor("bob", Tenant);

        var (response, record) = await Declare(client, WithTarget("mail-429", new { kind = "message", messageId = "msg-429" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("written", record.GetProperty("graphState").GetString());
        Assert.Single(factory.Fake.Extensions["msg-429"]);
    }

    [Fact]
    public async Task A_persistent_server_error_leaves_the_write_pending_until_the_background_retry_writes_it()
    {
        factory.Fake.Messages["msg-500"] = [];
        factory.Fake.Fail("/messages/msg-500", 500);
        factory.Fake.Fail("/messages/msg-500", 500); // the first try and its one in-request retry
        var client = await factory.ClientFor("carol", Tenant);

        var (response, record) = await Declare(client, WithTarget("mail-500", new { kind = "message", messageId = "msg-500" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("pending", record.GetProperty("graphState").GetString());
        Assert.Contains("indisponible", record.GetProperty("graphMessage").GetString());
        var next = record.GetProperty("graphNextAttemptAt").GetDateTime();
        Assert.Equal(1, await StoredDeclarations("mail-500"));
        Assert.False(factory.Fake.Extensions.ContainsKey("msg-500"));

        await using (var scope = factory.CreateScope())
        {
            var graph = scope.ServiceProvider.GetRequiredService<GraphWriteService>();
            Assert.Equal(0, await graph.RetryDueAsync(asOf: next.AddSeconds(-1).ToUniversalTime()));
            Assert.True(await graph.RetryDueAsync(asOf: next.AddSeconds(1).ToUniversalTime()) >= 1);
        }

        Assert.Single(factory.Fake.Extensions["msg-500"]);
        // Without the user's token: the application's token, on the author's mailbox.
        var retried = factory.Fake.GraphRequests.Last(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/msg-500", StringComparison.Ordinal));
        Assert.Matches("^/v1.0/users/[^/]+/messages/msg-500$", retried.Path);
        Assert.Contains(factory.Fake.TokenRequests, t => t["grant_type"] == "client_credentials");

        var dpo = await factory.ClientFor("dpo", Tenant, ["Dpo"]);
        var page = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?pageSize=200");
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemKey").GetString() == "mail-500");
        Assert.Equal("written", item.GetProperty("graphState").GetString());
    }

    [Fact]
    public async Task A_library_without_the_columns_fails_with_a_french_message_then_provisioning_creates_them()
    {
        factory.Fake.DriveItems[("b!lib", "01DOC")] = "12";
        var client = await factory.ClientFor("dave", Tenant);

        var (response, record) = await Declare(client,
            WithTarget("doc-1", new { kind = "driveItem", driveId = "b!lib", itemId = "01DOC" }, host: "word"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("failed", record.GetProperty("graphState").GetString());
        Assert.Contains("colonnes", record.GetProperty("graphMessage").GetString());
        Assert.Equal(1, await StoredDeclarations("doc-1"));

        var agent = await client.PostAsJsonAsync("/api/admin/graph/provision-columns", new { siteId = "site-1", listId = "b!lib" });
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        var admin = await factory.ClientFor("admin", Tenant, ["Admin"]);
        var provisioned = await admin.PostAsJsonAsync("/api/admin/graph/provision-columns", new { siteId = "site-1", listId = "b!lib" });
        Assert.Equal(HttpStatusCode.OK, provisioned.StatusCode);
        var outcome = await provisioned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("written", outcome.GetProperty("status").GetString());
        Assert.Contains("AiTool", outcome.GetProperty("created").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(factory.Fake.Columns["b!lib"], c => c["name"]!.GetValue<string>() == "AiTool");
    }

    [Fact]
    public async Task Graph_targets_are_checked()
    {
        var client = await factory.ClientFor("erin", Tenant);
        foreach (var (target, host) in new (object, string)[]
        {
            (new { kind = "mailbox", messageId = "x" }, "outlook"),
            (new { kind = "message" }, "outlook"),
            (new { kind = "message", messageId = "../../users/other" }, "outlook"),
            (new { kind = "driveItem", driveId = "b!d" }, "word"),
            (new { kind = "driveItem", driveId = "b!d", itemId = "i" }, "outlook"),
        })
        {
            var response = await client.PostAsJsonAsync("/api/declarations", WithTarget("bad-target", target, host));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(0, await StoredDeclarations("bad-target"));

        var admin = await factory.ClientFor("admin", Tenant, ["Admin"]);
        var bad = await admin.PostAsJsonAsync("/api/admin/graph/provision-columns", new { siteId = "site/1" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>"Accessing shared DriveItems", written out independently of the product's encoder.</summary>
    private static string ExpectedShareId(string url)
    {
        var b64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(url));
        return "u!" + b64.TrimEnd('=').Replace('/', '_').Replace('+', '-');
    }

    /// <summary>A file the fake Graph knows by <paramref name="url"/>, in a library that has the AI-use columns.</summary>
    private static void SharedFile(FakeGraph fake, string url, string driveId, string itemId, string listItemId)
    {
        fake.SharedUrls[url] = (driveId, itemId);
        fake.DriveItems[(driveId, itemId)] = listItemId;
        fake.Columns[driveId] = OfficeAiGuard.Graph.AiUseColumns.Names
            .Select(n => new System.Text.Json.Nodes.JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = n }).ToList();
    }

    private async Task<DeclarationGraphWriteRow> StoredWrite(string itemKey)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var id = await db.Declarations.Where(d => d.ItemKey == itemKey).Select(d => d.Id).SingleAsync();
        return await db.DeclarationGraphWrites.AsNoTracking().SingleAsync(g => g.DeclarationId == id);
    }

    [Fact]
    public async Task A_document_url_is_resolved_through_the_shares_api_then_the_library_fields_are_written()
    {
        // '~' gives a '+' in base64 and the length gives '==' padding: both must be turned into base64url without padding.
        const string url = "https://contoso-my.sharepoint.com/personal/alice_contoso_fr/Documents/Rapport~final.docx";
        var plain = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(url));
        Assert.Contains('+', plain);
        Assert.EndsWith("=", plain);
        var shareId = ExpectedShareId(url);
        Assert.Equal(shareId, OfficeAiGuard.Graph.SharedDriveItems.ShareId(url));
        SharedFile(factory.Fake, url, "b!wordlib", "01WORD", "7");
        var client = await factory.ClientFor("gina", Tenant);

        var (response, record) = await Declare(client, WithTarget("word-url-1", new { kind = "documentUrl", url }, host: "word"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("written", record.GetProperty("graphState").GetString());
        var fields = factory.Fake.Fields[("b!wordlib", "7")];
        Assert.Equal("le-chat-pro", fields["AiTool"]!.GetValue<string>());

        var bearer = client.DefaultRequestHeaders.Authorization!.Parameter;
        Assert.Contains(factory.Fake.TokenRequests, t => t.GetValueOrDefault("assertion") == bearer && t["requested_token_use"] == "on_behalf_of");
        var sent = factory.Fake.GraphRequests.Where(r => r.Path.Contains("wordlib", StringComparison.Ordinal) || r.Path.Contains(shareId, StringComparison.Ordinal))
            .Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(
        [
            $"GET /v1.0/shares/{shareId}/driveItem",
            "GET /v1.0/drives/b!wordlib/items/01WORD/listItem",
            "PATCH /v1.0/drives/b!wordlib/list/items/7/fields",
        ], sent);
        Assert.DoesNotContain('=', shareId);
        Assert.DoesNotContain('+', shareId);

        // The resolved ids are kept for the background retry; the address itself is not kept.
        var stored = await StoredWrite("word-url-1");
        Assert.Equal(("documentUrl", "b!wordlib", "01WORD", (string?)null), (stored.TargetKind, stored.DriveId, stored.ItemId, stored.DocumentUrl));
    }

    [Fact]
    public async Task A_document_url_that_cannot_be_resolved_now_is_resolved_by_the_background_retry_with_the_application_token()
    {
        const string url = "https://mairie-demo.sharepoint.com/sites/Solidarites/Documents%20partages/Courrier.docx";
        var shareId = ExpectedShareId(url);
        SharedFile(factory.Fake, url, "b!retrylib", "01RETRY", "9");
        factory.Fake.Fail(shareId, 503);
        factory.Fake.Fail(shareId, 503); // the first try and its one in-request retry
        var client = await factory.ClientFor("hugo", Tenant);

        var (response, record) = await Declare(client, WithTarget("word-url-retry", new { kind = "documentUrl", url }, host: "word"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("pending", record.GetProperty("graphState").GetString());
        var pending = await StoredWrite("word-url-retry");
        Assert.Equal((url, (string?)null), (pending.DocumentUrl, pending.DriveId));

        await using (var scope = factory.CreateScope())
        {
            var graph = scope.ServiceProvider.GetRequiredService<GraphWriteService>();
            var next = record.GetProperty("graphNextAttemptAt").GetDateTime().ToUniversalTime();
            Assert.True(await graph.RetryDueAsync(asOf: next.AddSeconds(1)) >= 1);
        }

        var written = await StoredWrite("word-url-retry");
        Assert.Equal(("written", "b!retrylib", "01RETRY", (string?)null), (written.State, written.DriveId, written.ItemId, written.DocumentUrl));
        Assert.Equal("le-chat-pro", factory.Fake.Fields[("b!retrylib", "9")]["AiTool"]!.GetValue<string>());
        var resolved = factory.Fake.Requests.Last(r => r.Path == $"/v1.0/shares/{shareId}/driveItem");
        Assert.EndsWith("-for-app", resolved.Authorization); // the application's token (client credentials), not the user's
    }

    [Fact]
    public async Task Once_resolved_a_document_url_is_not_resolved_again_by_the_background_retry()
    {
        const string url = "https://contoso.sharepoint.com/sites/DGS/Documents%20partages/Deliberation.docx";
        var shareId = ExpectedShareId(url);
        SharedFile(factory.Fake, url, "b!keptlib", "01KEPT", "4");
        factory.Fake.Fail("/drives/b!keptlib/items/01KEPT/listItem", 503);
        factory.Fake.Fail("/drives/b!keptlib/items/01KEPT/listItem", 503);
        var client = await factory.ClientFor("karim", Tenant);

        var (response, record) = await Declare(client, WithTarget("word-url-kept", new { kind = "documentUrl", url }, host: "word"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("pending", record.GetProperty("graphState").GetString());
        var pending = await StoredWrite("word-url-kept");
        Assert.Equal(("b!keptlib", "01KEPT", (string?)null), (pending.DriveId, pending.ItemId, pending.DocumentUrl));

        await using (var scope = factory.CreateScope())
        {
            var next = record.GetProperty("graphNextAttemptAt").GetDateTime().ToUniversalTime();
            Assert.True(await scope.ServiceProvider.GetRequiredService<GraphWriteService>().RetryDueAsync(asOf: next.AddSeconds(1)) >= 1);
        }

        Assert.Equal("written", (await StoredWrite("word-url-kept")).State);
        Assert.Single(factory.Fake.GraphRequests, r => r.Path == $"/v1.0/shares/{shareId}/driveItem");
        Assert.Equal("le-chat-pro", factory.Fake.Fields[("b!keptlib", "4")]["AiTool"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_url_unknown_to_graph_fails_with_a_french_message_and_the_declaration_is_kept()
    {
        const string url = "https://contoso.sharepoint.com/sites/DGS/Documents%20partages/Inconnu.docx";
        var client = await factory.ClientFor("ines", Tenant);

        var (response, record) = await Declare(client, WithTarget("word-url-404", new { kind = "documentUrl", url }, host: "word"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("failed", record.GetProperty("graphState").GetString());
        Assert.Contains("introuvable dans Microsoft 365", record.GetProperty("graphMessage").GetString());
        Assert.Equal(1, await StoredDeclarations("word-url-404"));
        var stored = await StoredWrite("word-url-404");
        Assert.Equal(("failed", (string?)null, (string?)null), (stored.State, stored.DriveId, stored.DocumentUrl));
        Assert.Single(factory.Fake.GraphRequests, r => r.Path == $"/v1.0/shares/{ExpectedShareId(url)}/driveItem");
    }

    [Fact]
    public async Task Document_urls_must_be_https_on_sharepoint_or_an_allowed_host()
    {
        int SharesRequests() => factory.Fake.GraphRequests.Count(r => r.Path.StartsWith("/v1.0/shares/", StringComparison.Ordinal));
        int sharesBefore = SharesRequests();
        var client = await factory.ClientFor("jules", Tenant);
        foreach (var (target, host) in new (object, string)[]
        {
            (new { kind = "documentUrl" }, "word"),
            (new { kind = "documentUrl", url = "http://contoso.sharepoint.com/sites/a/doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "https://intranet.example.fr/doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "https://contoso.sharepoint.com.evil.example/doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "https://sharepoint.com/doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "https://alice@contoso.sharepoint.com/doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "https://contoso.sharepoint.com:8443/doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "/sites/a/doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "C:\\Users\\alice\\doc.docx" }, "word"),
            (new { kind = "documentUrl", url = "https://contoso.sharepoint.com/" + new string('a', 2030) + ".docx" }, "word"),
            (new { kind = "documentUrl", url = "https://contoso.sharepoint.com/sites/a/doc.docx" }, "outlook"),
        })
        {
            var response = await client.PostAsJsonAsync("/api/declarations", WithTarget("bad-url", target, host));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(0, await StoredDeclarations("bad-url"));
        Assert.Equal(sharesBefore, SharesRequests());

        // A host of Graph:AllowedDocumentHosts is accepted (here Graph does not know the file: stored, failed).
        var (allowed, record) = await Declare(client,
            WithTarget("allowed-host", new { kind = "documentUrl", url = "https://docs.mairie-demo.fr/sites/a/doc.docx" }, "word"));
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        Assert.Equal("failed", record.GetProperty("graphState").GetString());

        // Word may give the address unescaped (spaces, accents): accepted, and encoded as given, in UTF-8.
        const string raw = "https://contoso.sharepoint.com/sites/DGS/Shared Documents/Note été.docx";
        var (spaced, _) = await Declare(client, WithTarget("spaced-url", new { kind = "documentUrl", url = raw }, "word"));
        Assert.Equal(HttpStatusCode.Created, spaced.StatusCode);
        var share = factory.Fake.GraphRequests.Last(r => r.Path.StartsWith("/v1.0/shares/", StringComparison.Ordinal));
        Assert.Equal($"/v1.0/shares/{ExpectedShareId(raw)}/driveItem", share.Path);
        Assert.Equal(raw, FakeGraph.DecodeShareId(share.Path.Split('/')[3]));
    }

    [Fact]
    public async Task Without_a_target_the_state_is_none()
    {
        var client = await factory.ClientFor("frank", Tenant);
        var (response, record) = await Declare(client, DeclarationBodies.Body("mail-none"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("none", record.GetProperty("graphState").GetString());
    }
}

/// <summary>The default configuration (no tenant): the writer is off, says so, and declarations are still stored.</summary>
public sealed class GraphWriterOffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Without_a_tenant_the_write_is_off_with_the_reason_and_the_declaration_is_stored()
    {
        var client = await factory.ClientFor("alice", "tenant-off");
        var body = DeclarationBodies.Body("mail-off");
        body["graphTarget"] = new { kind = "message", messageId = "AAMkAD-off" };

        var response = await client.PostAsJsonAsync("/api/declarations", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("off", record.GetProperty("graphState").GetString());
        Assert.Contains("Aucun tenant", record.GetProperty("graphMessage").GetString());
        var own = await client.GetFromJsonAsync<JsonElement>("/api/declarations?itemKey=mail-off");
        Assert.Equal("off", own.GetProperty("graphState").GetString());
        Assert.Single(factory.Logs.Lines, l => l.Contains("Microsoft Graph writer off", StringComparison.Ordinal));

        var admin = await factory.ClientFor("admin", "tenant-off", ["Admin"]);
        var provision = await admin.PostAsJsonAsync("/api/admin/graph/provision-columns", new { siteId = "s", listId = "l" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, provision.StatusCode);
        Assert.Equal("application/problem+json", provision.Content.Headers.ContentType?.MediaType);
    }
}
