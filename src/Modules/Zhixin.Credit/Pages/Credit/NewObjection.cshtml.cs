using Microsoft.AspNetCore.Mvc;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.RaiseObjection;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>An objection as the form sends it; the names are those the handler gives its errors (the target stands for listingId).</summary>
internal sealed class ObjectionInput
{
    public string? Target { get; set; }

    public string? Grounds { get; set; }
}

/// <summary>提出异议: against a listing of the file (from its notice on) or a negative record, through <see cref="RaiseObjectionHandler"/>.</summary>
internal sealed class CreditNewObjectionModel(RaiseObjectionHandler raise, GetCreditFileHandler files, ICallerContext caller) : NewCaseModel(files, caller, CaseKind.Objection)
{
    [BindProperty]
    public ObjectionInput Input { get; set; } = new();

    protected override string? ChosenTarget { get => Input.Target; set => Input.Target = value; }

    protected override Type InputType => typeof(ObjectionInput);

    protected override IEnumerable<TargetChoice> Choose(CreditFileView file) =>
        file.Listings.Where(l => l.Status is "noticed" or "listed").Select(TargetChoice.Of)
            .Concat(file.Records.Where(r => r.Negative && r.VoidedAt is null).Select(TargetChoice.Of));

    protected override async Task<Outcome<ICaseView>> SubmitAsync(Guid? listingId, Guid? recordId, CancellationToken cancellationToken) =>
        (await raise.HandleAsync(new RaiseObjectionRequest(listingId, recordId, Input.Grounds), cancellationToken)).Map(o => (ICaseView)o);
}
