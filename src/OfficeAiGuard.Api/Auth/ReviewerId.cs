using System.Security.Cryptography;
using System.Text;

namespace OfficeAiGuard.Api.Auth;

/// <summary>
/// The opaque reviewer id written on items that leave the organisation (headers, file properties):
/// "r-" and 16 hex digits of SHA-256 over tenant and object id — never a name. The add-in computes the same.
/// </summary>
public static class ReviewerId
{
    public static string For(Caller caller) =>
        "r-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{caller.TenantId}:{caller.UserId}")))[..16];
}
