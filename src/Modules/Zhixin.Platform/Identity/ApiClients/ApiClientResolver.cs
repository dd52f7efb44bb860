namespace Zhixin.Platform.Identity.ApiClients;

/// <summary>A department's system as a token identifies it: which grant, which department, until when.</summary>
public sealed record ApiClientIdentity(Guid GrantId, string DepartmentCode, string DepartmentName, string RegionCode, string TokenHint);

/// <summary>Why a token was not accepted; the client gets 401 whichever it is, the log says which.</summary>
public enum ApiClientRejection
{
    Unknown,
    Revoked,
    Expired,
}

/// <summary>The outcome of looking a token up: the client, or why there is none.</summary>
public sealed record ApiClientLookup(ApiClientIdentity? Client, ApiClientRejection? Rejection)
{
    public static ApiClientLookup Found(ApiClientIdentity client) => new(client, null);

    public static ApiClientLookup Rejected(ApiClientRejection rejection) => new(null, rejection);
}

/// <summary>
/// Finds the grant behind a token's hash. The module that issues grants implements it (the credit module's sharing
/// grants today); the platform only knows how a bearer token is read and turned into a caller.
/// </summary>
public interface IApiClientResolver
{
    Task<ApiClientLookup> FindAsync(string tokenHash, CancellationToken cancellationToken);
}
