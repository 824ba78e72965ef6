using System.Text;
using OfficeAiGuard.Detection.Pseudonymization;

namespace OfficeAiGuard.Api.Contracts;

// Pseudonymisation carries drafts and detected values: every record's string form (what a log of action
// arguments or results prints) shows sizes only.

/// <summary>Body of <c>POST /api/pseudonymize</c>.</summary>
public sealed record PseudonymizeRequest(string? Text)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Text = <").Append(Text?.Length ?? 0).Append(" characters>");
        return true;
    }
}

/// <summary>The text with placeholders, and the mapping the pane keeps to restore the AI tool's answer.</summary>
public sealed record PseudonymizeResponse(string Text, IReadOnlyList<PseudonymEntry> Mapping)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Text = <").Append(Text.Length).Append(" characters>, Mapping = <").Append(Mapping.Count).Append(" entries>");
        return true;
    }
}

/// <summary>Body of <c>POST /api/restore</c>: an AI tool's answer and the mapping <c>/api/pseudonymize</c> returned.</summary>
public sealed record RestoreRequest(string? Text, IReadOnlyList<PseudonymEntry>? Mapping)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Text = <").Append(Text?.Length ?? 0).Append(" characters>, Mapping = <").Append(Mapping?.Count ?? 0).Append(" entries>");
        return true;
    }
}

public sealed record RestoreResponse(string Text)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Text = <").Append(Text.Length).Append(" characters>");
        return true;
    }
}
