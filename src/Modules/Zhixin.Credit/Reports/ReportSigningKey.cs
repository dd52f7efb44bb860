using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Zhixin.Credit.Reports;

/// <summary>A report's signature over a SHA-256, with the id of the key that made it.</summary>
internal sealed record KeySignature(string KeyId, byte[] Signature);

/// <summary>A public key that checks reports: its id, PEM (SubjectPublicKeyInfo), JWK, and whether it has been retired.</summary>
internal sealed record ReportPublicKey(string KeyId, string Pem, IReadOnlyDictionary<string, string> Jwk, bool Retired);

/// <summary>
/// The platform's key for signing credit reports: ECDSA on P-256 with SHA-256, kept as a PKCS#8 PEM file outside
/// the database (beside the audit key unless <c>Zhixin:Credit:Report:KeyFile</c> says otherwise), created on first
/// use when missing. The key id is the start of the SHA-256 of the public key, so a report names the key that
/// signed it and a verifier knows a key it has never seen.
/// </summary>
/// <remarks>
/// A rotation (<c>zhixin credit rotate-report-key</c>) keeps the public half of the old key in the folder
/// <c>credit-report-keys</c> beside the key file, named by its id, deletes its private half and creates a new key:
/// reports signed before still verify, and nothing can be signed with the old key any more. A server notices the new
/// key file by its time stamp, without a restart.
/// </remarks>
internal sealed partial class ReportSigningKey(string path) : IDisposable
{
    public const string Algorithm = "ECDSA-P256-SHA256";

    private readonly Lock gate = new();
    private Loaded? current;

    public string Path { get; } = path;

    /// <summary>Where retired public keys are kept, one PEM file per key id.</summary>
    public string RetiredDirectory => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!, "credit-report-keys");

    public string KeyId => Load().KeyId;

    public KeySignature Sign(byte[] sha256)
    {
        var loaded = Load();
        return new KeySignature(loaded.KeyId, loaded.Key.SignHash(sha256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    /// <summary>Checks a signature with the key it names, current or retired; false for a key the platform never had.</summary>
    public bool Verify(string keyId, byte[] sha256, byte[] signature)
    {
        if (signature.Length != 64)
        {
            return false;
        }

        var loaded = Load();
        if (keyId == loaded.KeyId)
        {
            return loaded.Key.VerifyHash(sha256, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }

        using var retired = Retired(keyId);
        return retired is not null && retired.VerifyHash(sha256, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    /// <summary>Whether the platform signed with this key, now or before a rotation.</summary>
    public bool Knows(string? keyId)
    {
        if (keyId is null)
        {
            return false;
        }

        if (keyId == Load().KeyId)
        {
            return true;
        }

        using var retired = Retired(keyId);
        return retired is not null;
    }

    /// <summary>The current public key, or with <paramref name="keyId"/> that key if it is current or retired; null when unknown.</summary>
    public ReportPublicKey? PublicKey(string? keyId = null)
    {
        var loaded = Load();
        if (keyId is null || keyId == loaded.KeyId)
        {
            return Describe(loaded.Key, loaded.KeyId, retired: false);
        }

        using var retired = Retired(keyId);
        return retired is null ? null : Describe(retired, keyId, retired: true);
    }

    /// <summary>Retires the current key (its public half kept, its private half deleted) and creates a new one; returns both ids.</summary>
    public (string Retired, string Current) Rotate()
    {
        lock (gate)
        {
            var old = Load();
            Directory.CreateDirectory(RetiredDirectory);
            File.WriteAllText(System.IO.Path.Combine(RetiredDirectory, old.KeyId + ".pem"), old.Key.ExportSubjectPublicKeyInfoPem(), Encoding.ASCII);
            File.Delete(Path);
            // A request signing with the old key at this moment may still hold it; it is left to the collector.
            current = null;
            return (old.KeyId, Load().KeyId);
        }
    }

    private static ReportPublicKey Describe(ECDsa key, string keyId, bool retired)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url(parameters.Q.X!),
            ["y"] = Base64Url(parameters.Q.Y!),
            ["use"] = "sig",
            ["alg"] = "ES256",
            ["kid"] = keyId,
        };
        return new ReportPublicKey(keyId, key.ExportSubjectPublicKeyInfoPem(), jwk, retired);
    }

    /// <summary>A retired public key by its id; null when there is none, or when the file's key does not have that id.</summary>
    private ECDsa? Retired(string keyId)
    {
        // The id becomes a file name: only the 16 hex digits an id has, never a path.
        if (!KeyIdShape().IsMatch(keyId))
        {
            return null;
        }

        var file = System.IO.Path.Combine(RetiredDirectory, keyId + ".pem");
        if (!File.Exists(file))
        {
            return null;
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(file, Encoding.ASCII));
        if (IdOf(key) == keyId)
        {
            return key;
        }

        key.Dispose();
        return null;
    }

    private Loaded Load()
    {
        lock (gate)
        {
            var stamp = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : (DateTime?)null;
            if (current is not null && stamp == current.Stamp)
            {
                return current;
            }

            var loaded = ECDsa.Create();
            if (stamp is not null)
            {
                loaded.ImportFromPem(File.ReadAllText(Path, Encoding.ASCII));
            }
            else
            {
                loaded.GenerateKey(ECCurve.NamedCurves.nistP256);
                Create(loaded);
                stamp = File.GetLastWriteTimeUtc(Path);
            }

            if (loaded.KeySize != 256)
            {
                throw new InvalidOperationException($"The report signing key {Path} is not a P-256 key.");
            }

            // The key in use until now stays valid for callers holding it; it is only replaced, not disposed here.
            return current = new Loaded(loaded, IdOf(loaded), stamp.Value);
        }
    }

    private static string IdOf(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];

    private void Create(ECDsa generated)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the platform's account only, like the audit key.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(Path, options);
            stream.Write(Encoding.ASCII.GetBytes(generated.ExportPkcs8PrivateKeyPem()));
        }
        catch (IOException) when (File.Exists(Path))
        {
            // Another process created it first; use theirs.
            generated.ImportFromPem(File.ReadAllText(Path, Encoding.ASCII));
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public void Dispose() => current?.Key.Dispose();

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex KeyIdShape();

    private sealed record Loaded(ECDsa Key, string KeyId, DateTime Stamp);
}
