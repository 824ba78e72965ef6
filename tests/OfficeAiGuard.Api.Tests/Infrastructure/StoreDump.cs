using System.Text;
using Npgsql;

namespace OfficeAiGuard.Api.Tests.Infrastructure;

/// <summary>Everything the API's store holds, as text: the SQLite files' bytes, or every row of every PostgreSQL table as JSON.</summary>
public static class StoreDump
{
    public static async Task<string> ReadAllAsync(ApiFactory factory)
    {
        if (factory.PostgresConnectionString is { } pg)
        {
            var sb = new StringBuilder();
            await using var connection = new NpgsqlConnection(pg);
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection))
            await using (var reader = await list.ExecuteReaderAsync())
                while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
            Assert.Contains("declarations", tables);
            foreach (var table in tables)
            {
                await using var select = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table}\" t", connection);
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync()) sb.AppendLine(reader.GetString(0));
            }
            return sb.ToString();
        }
        var files = Directory.GetFiles(factory.DataDirectory);
        Assert.NotEmpty(files);
        var text = new StringBuilder();
        foreach (var file in files)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            text.AppendLine(Encoding.UTF8.GetString(memory.ToArray()));
            text.AppendLine(Encoding.Unicode.GetString(memory.ToArray()));
        }
        return text.ToString();
    }
}
