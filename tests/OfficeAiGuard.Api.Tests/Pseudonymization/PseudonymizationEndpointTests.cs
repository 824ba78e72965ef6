using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Pseudonymization;

public sealed class PseudonymizationEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Draft =
        "Madame Sophie MARTIN (sophie.martin@gmail.com, 06 12 34 56 78) demande le remboursement sur " +
        "FR76 3000 6000 0112 3456 7890 189. Mme MARTIN sera recontactée.";

    [Fact]
    public async Task Pseudonymized_copy_hides_every_value_and_restore_gives_the_original_back()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-pseudo");

        var response = await client.PostAsJsonAsync("/api/pseudonymize", new { text = Draft });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        string copy = body.GetProperty("text").GetString()!;
        var mapping = body.GetProperty("mapping");

        foreach (var secret in new[] { "MARTIN", "Sophie", "sophie.martin@gmail.com", "06 12 34 56 78", "3000 6000" })
            Assert.DoesNotContain(secret, copy);
        Assert.Contains("[IBAN_1]", copy);
        Assert.Contains(mapping.EnumerateArray(), e => e.GetProperty("category").GetString() == "EMAIL");

        // An AI tool answers with the placeholders, some with their brackets dropped and case changed.
        string answer = copy.Replace("[IBAN_1]", "iban_1") + " Cordialement.";
        var restored = await client.PostAsJsonAsync("/api/restore", new { text = answer, mapping });
        restored.EnsureSuccessStatusCode();
        string back = (await restored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString()!;
        Assert.Equal(Draft + " Cordialement.", back);
    }

    [Fact]
    public async Task Neither_the_draft_nor_its_values_reach_the_logs()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-pseudo");
        var response = await client.PostAsJsonAsync("/api/pseudonymize", new { text = Draft });
        var mapping = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("mapping");
        await client.PostAsJsonAsync("/api/restore", new { text = "[PERSONNE_1]", mapping });

        string logs = string.Join("\n", factory.Logs.Lines);
        Assert.DoesNotContain("sophie.martin@gmail.com", logs);
        Assert.DoesNotContain("0112 3456", logs);
    }

    [Fact]
    public async Task Restore_without_a_mapping_or_with_a_broken_entry_is_refused()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-pseudo");
        var missing = await client.PostAsJsonAsync("/api/restore", new { text = "[PERSONNE_1]" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var broken = await client.PostAsJsonAsync("/api/restore", new { text = "x", mapping = new[] { new { placeholder = "", value = "v", category = "EMAIL" } } });
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pseudonymize_needs_a_token()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/pseudonymize", new { text = Draft });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
