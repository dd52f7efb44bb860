using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Audit;

/// <summary>
/// Appends to the chained audit log inside the transaction of the change being recorded, so a change and
/// its audit entry are stored together or not at all. Changes saved through a module's DbContext are
/// recorded by the audit interceptor; bulk paths that bypass change tracking call this directly.
/// </summary>
public interface IAuditLog
{
    Task AppendAsync(DbContext context, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken);

    /// <summary>For events with no business change (sign-in, denied access): appends in a transaction of its own.</summary>
    /// <param name="actor">Who acted when it is not the current caller, e.g. the account a sign-in attempt names.</param>
    Task AppendStandaloneAsync(DbContext context, AuditRecord record, Caller? actor, CancellationToken cancellationToken);
}

/// <summary>Marks an entity whose creates, updates and voids are written to the audit log with before and after values.</summary>
public interface IAudited;
