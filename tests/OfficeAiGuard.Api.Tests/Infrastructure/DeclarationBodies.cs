namespace OfficeAiGuard.Api.Tests.Infrastructure;

/// <summary>Declaration bodies for tests: a conforming use of the default preset (rumilly-ccas) unless changed.</summary>
public static class DeclarationBodies
{
    public static readonly string[] RumillyChecklist = ["sources", "faits", "coherence", "droits", "donnees"];

    public static Dictionary<string, object?> Body(string itemKey, string toolId = "le-chat-pro", int policyVersion = 1,
        bool allTicked = true, Dictionary<string, int>? findings = null, string purpose = "redaction") => new()
    {
        ["itemKey"] = itemKey,
        ["host"] = "outlook",
        ["toolId"] = toolId,
        ["purpose"] = purpose,
        ["extent"] = "partiel",
        ["mentionInserted"] = true,
        ["checklist"] = RumillyChecklist.Select((id, i) => (id, ticked: allTicked || i > 0)).ToDictionary(x => x.id, x => x.ticked),
        ["findings"] = findings ?? new Dictionary<string, int> { ["PERSON_NAME"] = 2 },
        ["policyVersion"] = policyVersion,
    };
}
