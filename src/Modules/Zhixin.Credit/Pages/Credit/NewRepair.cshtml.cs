using Microsoft.AspNetCore.Mvc;
using Zhixin.Credit.Features.ApplyForRepair;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>A repair application as the form sends it; the names are those the handler gives its errors (the target stands for listingId).</summary>
internal sealed class RepairInput
{
    public string? Target { get; set; }

    public bool PenaltyFulfilled { get; set; }

    public bool RestrictionsEnded { get; set; }

    public bool HarmRemedied { get; set; }

    public string? Commitment { get; set; }

    public string? Statement { get; set; }
}

/// <summary>申请信用修复: of a black listing in force or an administrative penalty on the file, through <see cref="ApplyForRepairHandler"/>.</summary>
internal sealed class CreditNewRepairModel(ApplyForRepairHandler apply, GetCreditFileHandler files, ICallerContext caller) : NewCaseModel(files, caller, CaseKind.Repair)
{
    [BindProperty]
    public RepairInput Input { get; set; } = new();

    protected override string? ChosenTarget { get => Input.Target; set => Input.Target = value; }

    protected override Type InputType => typeof(RepairInput);

    // Every penalty is offered, a light one too: the handler says why it cannot be repaired, naming the rule.
    protected override IEnumerable<TargetChoice> Choose(CreditFileView file) =>
        file.Listings.Where(l => l.Kind == "black" && l.InForce).Select(TargetChoice.Of)
            .Concat(file.Records.Where(r => r.Kind == "administrativePenalty" && r.VoidedAt is null && r.RepairedOn is null).Select(TargetChoice.Of));

    protected override async Task<Outcome<ICaseView>> SubmitAsync(Guid? listingId, Guid? recordId, CancellationToken cancellationToken) =>
        (await apply.HandleAsync(new ApplyForRepairRequest(
            listingId, recordId, Input.PenaltyFulfilled, Input.RestrictionsEnded, Input.HarmRemedied, Input.Commitment, Input.Statement), cancellationToken))
            .Map(r => (ICaseView)r);
}
