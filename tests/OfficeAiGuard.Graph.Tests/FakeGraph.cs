using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfficeAiGuard.Graph.Tests;

/// <summary>One request as the fake received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);
}

/// <summary>
/// A local fake of the few Microsoft Graph v1.0 endpoints the writer uses, plus an Entra ID token
/// endpoint, on 127.0.0.1 with a dynamic port. Shapes follow the Graph documentation: JSON bodies,
/// <c>{"error":{"code","message"}}</c> errors, 429 with Retry-After. Every request is recorded.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly Queue<(string PathContains, int Status, string? RetryAfter)> _faults = new();

    /// <summary>messageId → extended properties (id → value).</summary>
    public ConcurrentDictionary<string, Dictionary<string, string>> Messages { get; } = new();
    /// <summary>messageId → extension name → stored JSON.</summary>
    public ConcurrentDictionary<string, Dictionary<string, JsonObject>> Extensions { get; } = new();
    /// <summary>(driveId, itemId) → listItem id.</summary>
    public ConcurrentDictionary<(string Drive, string Item), string> DriveItems { get; } = new();
    /// <summary>driveId → list columns; the same list is reachable as sites/{s}/lists/{driveId}.</summary>
    public ConcurrentDictionary<string, List<JsonObject>> Columns { get; } = new();
    /// <summary>(driveId, listItemId) → fields.</summary>
    public ConcurrentDictionary<(string Drive, string ListItem), JsonObject> Fields { get; } = new();

    public List<RecordedRequest> Requests { get; } = [];
    public List<Dictionary<string, string>> TokenRequests { get; } = [];

    public string BaseUrl { get; private set; } = "";
    public string GraphBaseUrl => BaseUrl + "/v1.0";

    private FakeGraph(WebApplication app) => _app = app;

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeGraph(app);
        fake.Map(app);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return fake;
    }

    /// <summary>The next request whose path contains <paramref name="pathContains"/> gets this status instead.</summary>
    public void Fail(string pathContains, int status, string? retryAfter = null)
    {
        lock (_gate) _faults.Enqueue((pathContains, status, retryAfter));
    }

    public IReadOnlyList<RecordedRequest> GraphRequests
    {
        get { lock (_gate) return Requests.Where(r => r.Path.StartsWith("/v1.0/", StringComparison.Ordinal)).ToList(); }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            ctx.Request.EnableBuffering();
            var body = await new StreamReader(ctx.Request.Body).ReadToEndAsync();
            ctx.Request.Body.Position = 0;
            (string, int, string?)? fault = null;
            lock (_gate)
            {
                Requests.Add(new RecordedRequest(ctx.Request.Method, ctx.Request.Path.Value ?? "", ctx.Request.QueryString.Value ?? "",
                    ctx.Request.Headers.Authorization.FirstOrDefault(), body));
                if (_faults.Count > 0 && (ctx.Request.Path.Value ?? "").Contains(_faults.Peek().PathContains, StringComparison.Ordinal))
                    fault = _faults.Dequeue();
            }
            if (fault is var (_, status, retryAfter))
            {
                if (retryAfter is not null) ctx.Response.Headers.RetryAfter = retryAfter;
                await Error(ctx, status, status == 429 ? "TooManyRequests" : status >= 500 ? "serviceNotAvailable" : "accessDenied",
                    status == 429 ? "Too many requests." : "Simulated failure.");
                return;
            }
            if (ctx.Request.Path.StartsWithSegments("/v1.0") &&
                !(ctx.Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.Ordinal) ?? false))
            {
                await Error(ctx, 401, "InvalidAuthenticationToken", "Access token is empty.");
                return;
            }
            await next(ctx);
        });

        // Entra ID v2 token endpoint (OBO and client credentials).
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext ctx, string tenant) =>
        {
            var form = (await ctx.Request.ReadFormAsync()).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
            form["tenant"] = tenant;
            lock (_gate) TokenRequests.Add(form);
            string subject = form.GetValueOrDefault("assertion") ?? "app";
            var response = new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["scope"] = form.GetValueOrDefault("scope") ?? "",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = $"graph-token-{TokenRequests.Count}-for-{subject}",
            };
            if (form.GetValueOrDefault("requested_token_use") == "on_behalf_of")
            {
                // As Entra ID answers OBO: account identity (client_info, id_token) and a refresh token.
                string oid = $"00000000-0000-0000-0000-{(uint)subject.GetHashCode():x12}";
                response["refresh_token"] = "refresh-" + subject;
                response["client_info"] = Base64Url($$"""{"uid":"{{oid}}","utid":"{{tenant}}"}""");
                response["id_token"] = Base64Url("""{"alg":"none","typ":"JWT"}""") + "." +
                    Base64Url($$"""{"aud":"{{form.GetValueOrDefault("client_id")}}","iss":"https://login.microsoftonline.com/{{tenant}}/v2.0","oid":"{{oid}}","tid":"{{tenant}}","sub":"{{oid}}","preferred_username":"user@contoso.test","ver":"2.0"}""") + ".";
            }
            return Results.Json(response);
        });

        app.MapMethods("/v1.0/me/messages/{id}", ["PATCH"], async (HttpContext ctx, string id) =>
        {
            if (!Messages.TryGetValue(id, out var props)) return await NotFoundItem(ctx);
            var body = JsonNode.Parse(await Body(ctx))!.AsObject();
            if (body["singleValueExtendedProperties"] is JsonArray arr)
                foreach (var p in arr)
                    lock (_gate) props[p!["id"]!.GetValue<string>()] = p["value"]!.GetValue<string>();
            return Results.Json(new { id });
        });

        app.MapMethods("/v1.0/me/messages/{id}/extensions/{ext}", ["PATCH"], async (HttpContext ctx, string id, string ext) =>
        {
            if (!Extensions.TryGetValue(id, out var exts) || !exts.ContainsKey(ExtName(ext))) return await NotFoundItem(ctx);
            var body = JsonNode.Parse(await Body(ctx))!.AsObject();
            lock (_gate) exts[ExtName(ext)] = body;
            return Results.Json(body);
        });

        app.MapPost("/v1.0/me/messages/{id}/extensions", async (HttpContext ctx, string id) =>
        {
            if (!Messages.ContainsKey(id)) return await NotFoundItem(ctx);
            var body = JsonNode.Parse(await Body(ctx))!.AsObject();
            var name = body["extensionName"]?.GetValue<string>();
            if (name is null) return await ErrorResult(ctx, 400, "ErrorInvalidRequest", "extensionName is required.");
            var exts = Extensions.GetOrAdd(id, _ => []);
            bool duplicate;
            lock (_gate)
            {
                duplicate = exts.ContainsKey(name);
                if (!duplicate) exts[name] = body;
            }
            if (duplicate) return await ErrorResult(ctx, 409, "ErrorDuplicateExtension", "An extension with this name already exists.");
            var created = body.DeepClone().AsObject();
            created["id"] = "Microsoft.OutlookServices.OpenTypeExtension." + name;
            return Results.Json(created, statusCode: 201);
        });

        app.MapGet("/v1.0/drives/{drive}/items/{item}/listItem", async (HttpContext ctx, string drive, string item) =>
            DriveItems.TryGetValue((drive, item), out var li)
                ? Results.Json(new { id = li })
                : await ErrorResult(ctx, 404, "itemNotFound", "The resource could not be found."));

        app.MapMethods("/v1.0/drives/{drive}/list/items/{li}/fields", ["PATCH"], async (HttpContext ctx, string drive, string li) =>
        {
            var body = JsonNode.Parse(await Body(ctx))!.AsObject();
            var known = Columns.GetOrAdd(drive, _ => []).Select(c => c["name"]!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, _) in body)
                if (!name.StartsWith('@') && !known.Contains(name))
                    return await ErrorResult(ctx, 400, "invalidRequest", $"Field '{name}' is not recognized");
            var fields = Fields.GetOrAdd((drive, li), _ => new JsonObject { ["id"] = li });
            lock (_gate)
                foreach (var (name, value) in body) fields[name] = value?.DeepClone();
            return Results.Json(fields);
        });

        app.MapGet("/v1.0/drives/{drive}/list/columns", (string drive) => ColumnsOf(drive));
        app.MapGet("/v1.0/sites/{site}/lists/{list}/columns", (string site, string list) => ColumnsOf(list));
        app.MapPost("/v1.0/sites/{site}/lists/{list}/columns", async (HttpContext ctx, string site, string list) =>
        {
            var body = JsonNode.Parse(await Body(ctx))!.AsObject();
            var columns = Columns.GetOrAdd(list, _ => []);
            var name = body["name"]?.GetValue<string>();
            if (name is null) return await ErrorResult(ctx, 400, "invalidRequest", "name is required");
            bool duplicate;
            lock (_gate)
            {
                duplicate = columns.Any(c => c["name"]!.GetValue<string>() == name);
                if (!duplicate)
                {
                    body["id"] = Guid.NewGuid().ToString();
                    columns.Add(body);
                }
            }
            if (duplicate) return await ErrorResult(ctx, 409, "nameAlreadyExists", "A column with this name already exists.");
            return Results.Json(body, statusCode: 201);
        });

        app.MapFallback(async ctx => await Error(ctx, 400, "BadRequest", $"Resource not found for the segment '{ctx.Request.Path}'."));
    }

    private IResult ColumnsOf(string list)
    {
        var columns = Columns.GetOrAdd(list, _ => []);
        lock (_gate) return Results.Json(new { value = columns.Select(c => new { id = c["id"]?.GetValue<string>(), name = c["name"]!.GetValue<string>() }) });
    }

    private static string Base64Url(string s) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string ExtName(string ext) =>
        ext.StartsWith("Microsoft.OutlookServices.OpenTypeExtension.", StringComparison.Ordinal)
            ? ext["Microsoft.OutlookServices.OpenTypeExtension.".Length..] : ext;

    private static async Task<string> Body(HttpContext ctx)
    {
        ctx.Request.Body.Position = 0;
        return await new StreamReader(ctx.Request.Body).ReadToEndAsync();
    }

    private static Task<IResult> NotFoundItem(HttpContext ctx) =>
        ErrorResult(ctx, 404, "ErrorItemNotFound", "The specified object was not found in the store.");

    private static async Task<IResult> ErrorResult(HttpContext ctx, int status, string code, string message)
    {
        await Error(ctx, status, code, message);
        return Results.Empty;
    }

    private static Task Error(HttpContext ctx, int status, string code, string message)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        return ctx.Response.WriteAsync(JsonSerializer.Serialize(new { error = new { code, message } }));
    }
}
