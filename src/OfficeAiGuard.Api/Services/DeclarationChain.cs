using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OfficeAiGuard.Api.Data;

namespace OfficeAiGuard.Api.Services;

/// <summary>
/// The hash chain over a tenant's declarations: each row's hash covers all its fields and the previous row's
/// hash (by sequence), so editing, deleting or reordering a stored row breaks every later link.
/// </summary>
public static class DeclarationChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>Times are kept to the millisecond so the hash survives every store's timestamp precision.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    public static string HashOf(DeclarationRow row)
    {
        var sb = new StringBuilder("oaig-declaration-v1");
        void Field(object? value)
        {
            string text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            sb.Append('|').Append(text.Length).Append(':').Append(text);
        }
        Field(row.TenantId); Field(row.Sequence); Field(row.ItemKey); Field(row.Revision); Field(row.Host); Field(row.ToolId);
        Field(row.ToolApproved); Field(row.Purpose); Field(row.Extent); Field(row.MentionInserted); Field(row.ChecklistJson);
        Field(row.ChecklistComplete); Field(FindingsText(row.Findings)); Field(row.FindingsTotal); Field(row.NonConformities);
        Field(row.PolicyVersion); Field(row.UserId); Field(row.UserName); Field(row.Unit);
        Field(row.CreatedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        Field(row.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public static string FindingsText(IEnumerable<DeclarationFindingRow> findings) =>
        string.Join(";", findings.OrderBy(f => f.Category, StringComparer.Ordinal).Select(f => $"{f.Category}={f.Count}"));

    /// <summary>Checks rows ordered by sequence: each hash recomputes and links to the previous one.</summary>
    public static ChainCheck Verify(IEnumerable<DeclarationRow> rowsBySequence)
    {
        string previous = Genesis;
        long count = 0;
        foreach (var row in rowsBySequence)
        {
            if (row.PreviousHash != previous || HashOf(row) != row.Hash) return new ChainCheck(false, count, row.Sequence);
            previous = row.Hash;
            count++;
        }
        return new ChainCheck(true, count, null);
    }
}

/// <summary>Result of a chain check: valid, how many rows were checked, the first broken sequence if any.</summary>
public sealed record ChainCheck(bool Valid, long Checked, long? BrokenAtSequence);
