using Zhixin.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Plans.Data;

namespace Zhixin.Plans.Features.GetAttachment;

/// <summary>A report's attachment, to whoever may see the report.</summary>
internal static class GetAttachmentEndpoint
{
    public static async Task<Results<FileContentHttpResult, NotFound>> HandleAsync(Guid id, PlansDbContext db, CancellationToken cancellationToken)
    {
        var found = await (
                from a in db.Attachments.AsNoTracking()
                join r in db.Reports on a.ReportId equals r.Id
                where a.Id == id
                select new { Attachment = a, Report = r })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.NotFound();
        }

        var task = await db.Tasks.AsNoTracking().Include(t => t.Assignments).FirstAsync(t => t.Id == found.Report.TaskId, cancellationToken);
        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == task.PlanId, cancellationToken);
        if (!Features.ReportAccess.MaySee(db.Caller, plan, task, found.Report))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(found.Attachment.Content, found.Attachment.ContentType, found.Attachment.FileName);
    }
}
