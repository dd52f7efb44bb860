using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;

namespace Zhixin.Platform.Audit.ListAuditEntries;

public sealed record AuditEntryResponse(
    long Sequence,
    DateTimeOffset OccurredAt,
    string ActorId,
    string ActorName,
    string Action,
    string EntityType,
    string? EntityId,
    string? RegionCode,
    string? Before,
    string? After,
    string? Detail);

public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, long Total, int PageNumber, int PageSize);

/// <summary>The audit log, newest first, for the audit administrator (审计管理员) alone; filters narrow by action, record and actor.</summary>
public sealed record ListAuditEntriesRequest(string? Action = null, string? EntityType = null, string? EntityId = null, string? Actor = null, int Page = 1, int PageSize = 50);

internal sealed class ListAuditEntriesHandler(PlatformDbContext db)
{
    public async Task<AuditPage> HandleAsync(ListAuditEntriesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Action))
        {
            query = query.Where(e => e.Action == request.Action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.EntityType))
        {
            query = query.Where(e => e.EntityType == request.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.EntityId))
        {
            query = query.Where(e => e.EntityId == request.EntityId.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Actor))
        {
            query = query.Where(e => e.ActorName == request.Actor.Trim());
        }

        var pageSize = Math.Clamp(request.PageSize, 1, 500);
        var pageNumber = Math.Max(1, request.Page);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.Sequence)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEntryResponse(e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.RegionCode, e.Before, e.After, e.Detail))
            .ToListAsync(cancellationToken);
        return new AuditPage(items, total, pageNumber, pageSize);
    }
}

internal static class ListAuditEntriesEndpoint
{
    public static async Task<Ok<AuditPage>> HandleAsync(
        [AsParameters] ListAuditEntriesQuery query, ListAuditEntriesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(
            new ListAuditEntriesRequest(query.Action, query.EntityType, query.EntityId, query.Actor, query.Page ?? 1, query.PageSize ?? 50), cancellationToken));

    public static async Task<Ok<VerifyAuditChain.VerifyAuditChainResponse>> VerifyAsync(VerifyAuditChain.VerifyAuditChainHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(null, cancellationToken));
}

internal sealed record ListAuditEntriesQuery(string? Action, string? EntityType, string? EntityId, string? Actor, int? Page, int? PageSize);
