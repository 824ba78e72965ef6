using System.Text.RegularExpressions;
using OfficeAiGuard.Detection;

namespace OfficeAiGuard.Charters;

/// <summary>One problem in a charter policy: where (a JSON path such as "tools[2].dataClasses") and what, in French.</summary>
public sealed record CharterError(string Path, string Message);

/// <summary>Checks that a charter policy is complete and coherent before it can be published.</summary>
public static partial class CharterValidator
{
    public const int MaxTextLength = 2000;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    private static readonly string[] Hostings = ["internal", "france", "eu", "outside-eu"];

    public static IReadOnlyList<CharterError> Validate(CharterPolicy policy)
    {
        var errors = new List<CharterError>();
        void Error(string path, string message) => errors.Add(new CharterError(path, message));
        void Text(string path, string? value, bool required)
        {
            if (string.IsNullOrWhiteSpace(value)) { if (required) Error(path, "Ce texte est obligatoire."); }
            else if (value.Length > MaxTextLength) Error(path, $"Ce texte dépasse {MaxTextLength} caractères.");
        }

        Text("title", policy.Title, required: true);
        Text("organisation", policy.Organisation, required: true);
        Text("mention.text", policy.Mention?.Text, required: true);
        if (policy.Mention is not null && policy.Mention.Position is not (MentionPositions.Top or MentionPositions.Bottom))
            Error("mention.position", "La position de la mention doit être « top » ou « bottom ».");
        if (policy.SendMode is not (SendModes.SoftBlock or SendModes.Block))
            Error("sendMode", "Le mode d'envoi doit être « softBlock » ou « block ».");

        var classIds = ValidateDataClasses(policy.DataClasses ?? [], Error, Text);
        ValidateTools(policy.Tools ?? [], classIds, Error, Text);
        ValidateIds("checklist", (policy.Checklist ?? []).Select(c => c.Id).ToList(), Error);
        for (int i = 0; i < (policy.Checklist?.Count ?? 0); i++) Text($"checklist[{i}].text", policy.Checklist![i].Text, required: true);
        if ((policy.Checklist?.Count ?? 0) == 0) Error("checklist", "La charte doit comporter au moins un point de vérification.");
        ValidateRules(policy.Rules ?? new DestinationRules(), Error);
        ValidateContacts(policy, Error);
        ValidateIds("purposes", (policy.Purposes ?? []).Select(p => p.Id).ToList(), Error);
        if ((policy.Purposes?.Count ?? 0) == 0) Error("purposes", "Au moins un usage (rédaction, résumé…) est attendu.");
        ValidateIds("extents", (policy.Extents ?? []).Select(p => p.Id).ToList(), Error);
        if ((policy.Extents?.Count ?? 0) == 0) Error("extents", "Au moins une ampleur d'usage est attendue.");
        return errors;
    }

    private static HashSet<string> ValidateDataClasses(List<DataClass> classes, Action<string, string> error, Action<string, string?, bool> text)
    {
        ValidateIds("dataClasses", classes.Select(c => c.Id).ToList(), error);
        var seen = new Dictionary<string, string>();
        for (int i = 0; i < classes.Count; i++)
        {
            text($"dataClasses[{i}].label", classes[i].Label, true);
            foreach (var category in classes[i].Categories ?? [])
            {
                if (!Categories.IsKnown(category)) error($"dataClasses[{i}].categories", $"Catégorie inconnue : {category}.");
                else if (!seen.TryAdd(category, classes[i].Id))
                    error($"dataClasses[{i}].categories", $"La catégorie {category} appartient déjà à la classe « {seen[category]} ».");
            }
        }
        return classes.Select(c => c.Id).ToHashSet();
    }

    private static void ValidateTools(List<AiTool> tools, HashSet<string> classIds, Action<string, string> error, Action<string, string?, bool> text)
    {
        ValidateIds("tools", tools.Select(t => t.Id).ToList(), error);
        if (!tools.Any(t => t.Approved)) error("tools", "Au moins un outil d'IA doit être validé.");
        for (int i = 0; i < tools.Count; i++)
        {
            var tool = tools[i];
            text($"tools[{i}].name", tool.Name, true);
            text($"tools[{i}].vendor", tool.Vendor, true);
            if (!Hostings.Contains(tool.Hosting))
                error($"tools[{i}].hosting", $"Hébergement attendu parmi : {string.Join(", ", Hostings)}.");
            foreach (var dataClass in tool.DataClasses ?? [])
                if (!classIds.Contains(dataClass)) error($"tools[{i}].dataClasses", $"Classe de données inconnue : {dataClass}.");
            if (tool.TrustScore is < 0 or > 100) error($"tools[{i}].trustScore", "Le score de confiance va de 0 à 100.");
        }
    }

    private static void ValidateRules(DestinationRules rules, Action<string, string> error)
    {
        foreach (var (path, list) in new[] { ("rules.send.block", rules.Send?.Block), ("rules.send.warn", rules.Send?.Warn) })
            foreach (var category in list ?? [])
                if (!Categories.IsKnown(category)) error(path, $"Catégorie inconnue : {category}.");
        var both = (rules.Send?.Block ?? []).Intersect(rules.Send?.Warn ?? []).ToList();
        if (both.Count > 0) error("rules.send", $"Catégories à la fois bloquantes et signalées : {string.Join(", ", both)}.");
        var tool = rules.Tool ?? new ToolRule();
        if (tool.Forbidden is not (Severities.Block or Severities.Warn)) error("rules.tool.forbidden", "Valeur attendue : « block » ou « warn ».");
        if (tool.Allowed is not (Severities.Info or Severities.Warn)) error("rules.tool.allowed", "Valeur attendue : « info » ou « warn ».");
        if (tool.NotApprovedTool is not (Severities.Block or Severities.Warn)) error("rules.tool.notApprovedTool", "Valeur attendue : « block » ou « warn ».");
    }

    private static void ValidateContacts(CharterPolicy policy, Action<string, string> error)
    {
        var contacts = policy.Contacts ?? new Contacts();
        if (contacts.Dpo is null) error("contacts.dpo", "Le contact du délégué à la protection des données est obligatoire.");
        foreach (var role in ContactRoles.All)
        {
            var contact = contacts.ForRole(role);
            if (contact is not null && (string.IsNullOrWhiteSpace(contact.Email) || !contact.Email.Contains('@')))
                error($"contacts.{role}.email", "Adresse électronique invalide.");
        }
        foreach (var kind in IncidentKinds.All)
        {
            if (!(policy.IncidentRouting ?? []).TryGetValue(kind, out var roles) || roles.Count == 0)
            {
                error($"incidentRouting.{kind}", "Indiquez à qui ce type d'incident est adressé.");
                continue;
            }
            foreach (var role in roles)
                if (contacts.ForRole(role) is null) error($"incidentRouting.{kind}", $"Aucun contact « {role} » dans la charte.");
        }
        foreach (var kind in (policy.IncidentRouting ?? []).Keys.Except(IncidentKinds.All))
            error($"incidentRouting.{kind}", "Type d'incident inconnu.");
    }

    private static void ValidateIds(string path, List<string> ids, Action<string, string> error)
    {
        for (int i = 0; i < ids.Count; i++)
            if (ids[i] is null || !IdPattern().IsMatch(ids[i]))
                error($"{path}[{i}].id", "Identifiant attendu : minuscules, chiffres, « - » ou « _ » (64 caractères au plus).");
        foreach (var duplicate in ids.Where(id => id is not null).GroupBy(id => id).Where(g => g.Count() > 1))
            error(path, $"Identifiant en double : {duplicate.Key}.");
    }
}
