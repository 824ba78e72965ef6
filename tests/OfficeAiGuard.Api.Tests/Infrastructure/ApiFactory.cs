using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OfficeAiGuard.Api.Tests.Infrastructure;

/// <summary>
/// The real API in process, in the Development environment (development issuer on), on its own fresh store:
/// a fresh PostgreSQL database when OAIG_TEST_POSTGRES is set (scripts/with-postgres.sh), else a SQLite file
/// in a temporary folder. Every log line is captured in <see cref="Logs"/>.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const string PostgresVariable = "OAIG_TEST_POSTGRES";

    private readonly Lazy<string?> _postgres;

    public ApiFactory()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "oaig-test-" + Guid.NewGuid().ToString("N"));
        _postgres = new Lazy<string?>(CreatePostgresDatabase);
    }

    public static bool OnPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    /// <summary>Folder of the SQLite database (unused on PostgreSQL).</summary>
    public string DataDirectory { get; }

    /// <summary>Connection string of this factory's PostgreSQL database, or null on SQLite.</summary>
    public string? PostgresConnectionString => _postgres.Value;

    public CapturedLogs Logs { get; } = new();

    /// <summary>Extra configuration for a derived factory.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (PostgresConnectionString is { } pg) builder.UseSetting("ConnectionStrings:Postgres", pg);
        else builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }

    /// <summary>A client signed in through the development issuer as the given user.</summary>
    public async Task<HttpClient> ClientFor(string user, string tenant, string[]? roles = null, string? unit = null)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/dev/token", new { user, tenant, roles = roles ?? [], unit });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A scope of the running API's services (e.g. to read its store directly).</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    private static string? CreatePostgresDatabase()
    {
        string? server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server)) return null;
        string name = "oaig_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
        }
    }

    private sealed record TokenResponse(string AccessToken);
}
