using System.Security.Cryptography;
using System.Text;

namespace Zhixin.Credit.Reports;

/// <summary>
/// The platform's key for signing credit reports: ECDSA on P-256 with SHA-256, kept as a PKCS#8 PEM file outside
/// the database (beside the audit key unless <c>Zhixin:Credit:Report:KeyFile</c> says otherwise), created on first
/// use when missing. The key id is the start of the SHA-256 of the public key, so a report names the key that
/// signed it and a verifier knows a key it has never seen.
/// </summary>
internal sealed class ReportSigningKey(string path) : IDisposable
{
    public const string Algorithm = "ECDSA-P256-SHA256";

    private readonly Lock gate = new();
    private ECDsa? key;
    private string? keyId;

    public string Path { get; } = path;

    public string KeyId
    {
        get
        {
            Load();
            return keyId!;
        }
    }

    public byte[] Sign(byte[] sha256) => Load().SignHash(sha256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public bool Verify(byte[] sha256, byte[] signature) =>
        signature.Length == 64 && Load().VerifyHash(sha256, signature, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public string PublicKeyPem() => Load().ExportSubjectPublicKeyInfoPem();

    /// <summary>The public key as a JSON Web Key (RFC 7517/7518), with the key id.</summary>
    public IReadOnlyDictionary<string, string> PublicJwk()
    {
        var parameters = Load().ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = Base64Url(parameters.Q.X!),
            ["y"] = Base64Url(parameters.Q.Y!),
            ["use"] = "sig",
            ["alg"] = "ES256",
            ["kid"] = KeyId,
        };
    }

    private ECDsa Load()
    {
        lock (gate)
        {
            if (key is not null)
            {
                return key;
            }

            var loaded = ECDsa.Create();
            if (File.Exists(Path))
            {
                loaded.ImportFromPem(File.ReadAllText(Path, Encoding.ASCII));
            }
            else
            {
                loaded.GenerateKey(ECCurve.NamedCurves.nistP256);
                Create(loaded);
            }

            if (loaded.KeySize != 256)
            {
                throw new InvalidOperationException($"The report signing key {Path} is not a P-256 key.");
            }

            keyId = Convert.ToHexStringLower(SHA256.HashData(loaded.ExportSubjectPublicKeyInfo()))[..16];
            return key = loaded;
        }
    }

    private void Create(ECDsa generated)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
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

    public void Dispose() => key?.Dispose();
}
