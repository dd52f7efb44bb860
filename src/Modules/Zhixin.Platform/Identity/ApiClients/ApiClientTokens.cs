using System.Security.Cryptography;
using System.Text;

namespace Zhixin.Platform.Identity.ApiClients;

/// <summary>
/// Bearer tokens for other departments' systems. A token is shown once when issued; only its SHA-256 hash is stored,
/// so a copy of the database does not hand out working tokens. The prefix makes a leaked token recognisable in logs
/// and by secret scanners.
/// </summary>
public static class ApiClientTokens
{
    public const string Prefix = "zxdep_";

    /// <summary>A new token: the prefix and 32 random bytes in base64url (256 bits, not guessable).</summary>
    public static string Create() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form: the lowercase hex SHA-256 of the token as sent.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>What lists and audit entries show of a token: its first characters, enough to tell tokens apart.</summary>
    public static string Hint(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Length <= Prefix.Length + 6 ? token : token[..(Prefix.Length + 6)] + "…";
    }

    public static bool LooksLikeToken(string? value) =>
        value is { Length: > 20 } && value.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
