using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.IssueCreditReport;
using Zhixin.Credit.Reports;
using Zhixin.Platform.Identity;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 信用报告, print-ready: issues a report through <see cref="IssueCreditReportHandler"/> (the API's handler, so it is
/// numbered, signed, indexed and audited) and lays it out for A4 with no external assets; the signed document is
/// embedded, so the saved page can be checked on the verify page.
/// </summary>
[Authorize(Policy = Policies.CreditRead)]
internal sealed class CreditReportModel(IssueCreditReportHandler issue) : PageModel
{
    public CreditReportContent Report { get; private set; } = null!;

    public ReportSignature Signature { get; private set; } = null!;

    public string DocumentJson { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var outcome = await issue.HandleAsync(code, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return NotFound();
        }

        var document = outcome.Value!;
        Report = document.Report.Deserialize<CreditReportContent>(IssueCreditReportHandler.ContentJson)!;
        Signature = document.Signature;
        DocumentJson = JsonSerializer.Serialize(document, IssueCreditReportHandler.ContentJson);
        return Page();
    }
}
