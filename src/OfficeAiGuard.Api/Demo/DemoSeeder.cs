using Microsoft.EntityFrameworkCore;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Charters;

namespace OfficeAiGuard.Api.Demo;

/// <summary>
/// Realistic demo data for the dashboard: AI-use declarations and incidents over the last two quarters for the
/// tenant <c>mairie-demo</c>, by agents of several units, through the same services as real calls (charter
/// validation, hash chain). Deterministic, and run at most once per tenant. No draft text exists to store.
/// </summary>
public sealed class DemoSeeder(AppDb db, CharterService charters, DeclarationService declarations, IncidentService incidents,
    TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string Tenant = "mairie-demo";
    public const string ItemPrefix = "demo-";

    /// <summary>Demo accounts: sign in with <c>POST /dev/token</c> using these user names to see "your own" data.</summary>
    public static readonly (string User, string Unit, string[] Roles)[] Users =
    [
        ("camille.bernard@mairie-demo.fr", "dgs/solidarites/ccas", []),
        ("julien.petit@mairie-demo.fr", "dgs/solidarites/ccas", []),
        ("nadia.haddad@mairie-demo.fr", "dgs/solidarites/ccas", []),
        ("sophie.laurent@mairie-demo.fr", "dgs/solidarites/petite-enfance", []),
        ("marc.dubois@mairie-demo.fr", "dgs/ressources-humaines", []),
        ("elodie.moreau@mairie-demo.fr", "dgs/ressources-humaines", []),
        ("thomas.roux@mairie-demo.fr", "dgs/finances", []),
        ("lea.fontaine@mairie-demo.fr", "dgs/communication", []),
        ("hugo.garnier@mairie-demo.fr", "dgs/communication", []),
        ("paul.mercier@mairie-demo.fr", "dgs/services-techniques", []),
        ("directrice.solidarites@mairie-demo.fr", "dgs/solidarites", [AppRoles.Manager]),
        ("dgs@mairie-demo.fr", "dgs", [AppRoles.Manager]),
        ("dpo@mairie-demo.fr", "dgs/affaires-juridiques", [AppRoles.Dpo]),
        ("dsi@mairie-demo.fr", "dgs/numerique", [AppRoles.Admin]),
    ];

    private static readonly (string Tool, int Weight)[] Tools = [("le-chat-pro", 45), ("copilot-m365", 35), ("chatgpt", 12), ("autre", 8)];
    private static readonly (string Purpose, int Weight)[] Purposes =
        [("redaction", 30), ("reformulation", 25), ("resume", 20), ("traduction", 8), ("idees", 12), ("autre", 5)];
    private static readonly string[] Extents = ["inspiration", "partiel", "partiel", "majoritaire"];

    private static readonly (string Kind, string Description)[] IncidentSamples =
    [
        ("error", "L'outil a inventé une référence d'article du code de l'action sociale dans un projet de courrier."),
        ("error", "Le résumé du compte rendu du conseil municipal inversait deux montants du budget."),
        ("bias", "La reformulation d'une offre d'emploi utilisait uniquement le masculin pour les postes techniques."),
        ("discrimination", "Une proposition de réponse à un usager contenait un stéréotype sur les familles monoparentales."),
        ("data_leak", "Un agent a collé un tableau nominatif de bénéficiaires dans un outil non validé avant de s'en rendre compte."),
        ("error", "La traduction d'un arrêté en anglais omettait une condition d'attribution."),
        ("bias", "Les idées proposées pour un événement ne tenaient pas compte de l'accessibilité."),
        ("error", "Chiffres de fréquentation de la médiathèque erronés dans un projet de note."),
    ];

    public sealed record SeedResult(string Tenant, bool Seeded, int Declarations, int Incidents);

    public async Task<SeedResult> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Declarations.AnyAsync(d => d.TenantId == Tenant && d.ItemKey.StartsWith(ItemPrefix), ct))
            return new SeedResult(Tenant, false, 0, 0);
        var policy = await charters.CurrentAsync(Tenant, ct);
        var random = new Random(2024);
        var now = clock.GetUtcNow().UtcDateTime;
        var quarterStart = new DateTime(now.Year, (now.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var start = quarterStart.AddMonths(-3);
        double span = (now - start).TotalSeconds;
        var agents = Users.Where(u => u.Roles.Length == 0).ToArray();

        var times = Enumerable.Range(0, 170).Select(_ => start.AddSeconds(random.NextDouble() * span)).Order().ToList();
        var items = new List<(string Key, Caller Caller, DeclarationRequest Request)>();
        int count = 0;
        foreach (var at in times)
        {
            double progress = (at - start).TotalSeconds / span; // practices improve over time
            var (user, unit, _) = agents[random.Next(agents.Length)];
            var caller = new Caller(Tenant, DevelopmentIssuer.ObjectIdFor(Tenant, user), user, unit, new HashSet<string>());
            bool revise = items.Count > 10 && random.NextDouble() < 0.05;
            var previous = revise ? items[random.Next(items.Count)] : default;
            string key = revise ? previous.Key : $"{ItemPrefix}{(random.NextDouble() < 0.7 ? "outlook" : "word")}-{items.Count + 1:D4}";
            if (revise) caller = previous.Caller;
            bool complete = random.NextDouble() < 0.65 + 0.3 * progress;
            var checklist = policy.Checklist.ToDictionary(c => c.Id, _ => complete || random.NextDouble() < 0.6);
            var request = new DeclarationRequest(key, key.Contains("word") ? "word" : "outlook", Pick(random, Tools), Pick(random, Purposes),
                Extents[random.Next(Extents.Length)], random.NextDouble() < 0.85 + 0.1 * progress, checklist, Findings(random, caller.Unit), policy.Version);
            await declarations.DeclareAsync(caller, request, ct, at);
            if (!revise) items.Add((key, caller, request));
            count++;
        }

        int incidentCount = 0;
        foreach (var (kind, description) in IncidentSamples.Concat(IncidentSamples.Take(5)))
        {
            var at = start.AddSeconds(random.NextDouble() * span);
            var (user, unit, _) = agents[random.Next(agents.Length)];
            var caller = new Caller(Tenant, DevelopmentIssuer.ObjectIdFor(Tenant, user), user, unit, new HashSet<string>());
            var incident = await incidents.ReportAsync(caller, new IncidentRequest(kind, description, Pick(random, Tools), null), ct, at);
            double age = (now - at).TotalDays;
            string status = age > 60 ? IncidentStatuses.Closed : age > 20 ? IncidentStatuses.InProgress : IncidentStatuses.New;
            if (status != IncidentStatuses.New)
            {
                var row = await db.Incidents.FirstAsync(i => i.Id == incident.Id, ct);
                row.Status = status;
                row.UpdatedAt = at.AddDays(random.Next(1, 15));
                row.UpdatedBy = "dpo@mairie-demo.fr";
                await db.SaveChangesAsync(ct);
            }
            incidentCount++;
        }
        logger.LogInformation("Demo data seeded for tenant {TenantId}: {Declarations} declarations, {Incidents} incidents", Tenant, count, incidentCount);
        return new SeedResult(Tenant, true, count, incidentCount);
    }

    private static string Pick(Random random, (string Value, int Weight)[] choices)
    {
        int roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight) return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }

    private static Dictionary<string, int> Findings(Random random, string unit)
    {
        var findings = new Dictionary<string, int>();
        void Maybe(string category, double probability, int max)
        {
            if (random.NextDouble() < probability) findings[category] = random.Next(1, max + 1);
        }
        Maybe("PERSON_NAME", 0.55, 4);
        Maybe("EMAIL", 0.25, 2);
        Maybe("PHONE", 0.2, 2);
        Maybe("POSTAL_ADDRESS", 0.1, 1);
        if (unit.StartsWith("dgs/solidarites", StringComparison.Ordinal))
        {
            Maybe("VULNERABLE", 0.35, 2);
            Maybe("HEALTH", 0.15, 1);
            Maybe("SOCIAL_BENEFIT_ID", 0.15, 1);
            Maybe("NIR", 0.08, 1);
        }
        if (unit == "dgs/ressources-humaines")
        {
            Maybe("HEALTH", 0.2, 1);
            Maybe("NIR", 0.1, 1);
            Maybe("DATE_OF_BIRTH", 0.15, 1);
        }
        if (unit == "dgs/finances") Maybe("IBAN", 0.3, 2);
        return findings;
    }
}

/// <summary>Configuration section "Seed": <c>Seed:Demo=true</c> seeds the demo tenant at start.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";
    public bool Demo { get; set; }
}
