using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zhixin.Credit.Features.IssueCreditReport;
using Zhixin.Credit.Features.VerifyCreditReport;
using Zhixin.Credit.Reports;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>
/// 报告核验, for anyone: paste or upload a report document, or type its number and verification code; the answer
/// comes from <see cref="VerifyCreditReportHandler"/> (the API's handler).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(CreditRoutes.PublicRateLimit)]
internal sealed class VerifyReportModel(VerifyCreditReportHandler verify) : PageModel
{
    [BindProperty]
    public string? Document { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? VerificationCode { get; set; }

    public VerifyCreditReportResponse? Result { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = Document;
        if (Upload is { Length: > 0 and <= 4_000_000 })
        {
            using var reader = new StreamReader(Upload.OpenReadStream());
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        VerifyCreditReportRequest request;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                var parsed = JsonSerializer.Deserialize<CreditReportDocument>(text, IssueCreditReportHandler.ContentJson);
                request = new VerifyCreditReportRequest(parsed?.Report, parsed?.Signature, null, null);
            }
            catch (JsonException)
            {
                Problem = CreditText.Get("Report.Verify.NotAReport");
                return Page();
            }
        }
        else
        {
            request = new VerifyCreditReportRequest(null, null, Number, VerificationCode);
        }

        var outcome = await verify.HandleAsync(request, cancellationToken);
        if (outcome.IsSuccess)
        {
            Result = outcome.Value;
        }
        else
        {
            Problem = string.Join("；", outcome.Errors.All.Select(e => e.Message));
        }

        return Page();
    }
}
