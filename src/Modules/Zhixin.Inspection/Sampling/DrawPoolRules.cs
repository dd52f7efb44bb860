namespace Zhixin.Inspection.Sampling;

/// <summary>What a draw request must satisfy before its pool is listed.</summary>
internal static class DrawPoolRules
{
    public static List<SamplingProblem> Check(DrawRequest request)
    {
        var problems = new List<SamplingProblem>();
        if (request.FirmCount < 1)
        {
            problems.Add(new SamplingProblem(SamplingSubject.Count, "Sampling.Draw.CountNotPositive", request.FirmCount));
        }

        if (request.Options.MaxFirmsPerInspector is { } limit && limit < 1)
        {
            problems.Add(new SamplingProblem(SamplingSubject.Options, "Sampling.Draw.LimitNotPositive", limit));
        }

        foreach (var (creditClass, weight) in request.Options.Weights.All().Where(entry => entry.Value <= 0))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Options, "Sampling.Draw.WeightNotPositive", creditClass, weight));
        }

        foreach (var firm in request.Firms)
        {
            CheckField(problems, SamplingSubject.Firms, "CreditCode", firm.CreditCode, required: true);
            CheckField(problems, SamplingSubject.Firms, "Region", firm.Region, required: false);
        }

        foreach (var inspector in request.Inspectors)
        {
            CheckField(problems, SamplingSubject.Inspectors, "InspectorId", inspector.Id, required: true);
            CheckField(problems, SamplingSubject.Inspectors, "Region", inspector.Region, required: false);
        }

        foreach (var (code, count) in Repeated(request.Firms.Select(firm => firm.CreditCode)))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Firms, "Sampling.Draw.DuplicateFirm", code, count));
        }

        foreach (var (id, count) in Repeated(request.Inspectors.Select(inspector => inspector.Id)))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Inspectors, "Sampling.Draw.DuplicateInspector", id, count));
        }

        foreach (var (badge, count) in Repeated(request.Inspectors.Select(inspector => inspector.BadgeNumber).Where(badge => badge.Length > 0)))
        {
            problems.Add(new SamplingProblem(SamplingSubject.Inspectors, "Sampling.Draw.DuplicateBadge", badge, count));
        }

        return problems;
    }

    /// <summary>
    /// Enough firms for the count, at least two inspectors, and enough inspector places under the limit. An
    /// inspector serves a firm at most once, so over k firms one inspector gives at most min(limit, k) places,
    /// and the draw needs 2k; when that much is there, <see cref="InspectorAssignment"/> never runs short.
    /// </summary>
    public static List<SamplingProblem> CheckEnough(DrawRequest request, int eligible, int excluded)
    {
        var problems = new List<SamplingProblem>();
        if (eligible < request.FirmCount)
        {
            problems.Add(new SamplingProblem(SamplingSubject.Firms, "Sampling.Draw.TooFewFirms", eligible, excluded, request.FirmCount));
        }

        var inspectors = request.Inspectors.Count;
        if (inspectors < InspectorAssignment.PerFirm)
        {
            problems.Add(new SamplingProblem(SamplingSubject.Inspectors, "Sampling.Draw.TooFewInspectors", inspectors));
        }
        else if (request.Options.MaxFirmsPerInspector is { } limit
            && (long)inspectors * Math.Min(limit, request.FirmCount) < (long)InspectorAssignment.PerFirm * request.FirmCount)
        {
            problems.Add(new SamplingProblem(
                SamplingSubject.Inspectors, "Sampling.Draw.InspectorCapacity", inspectors, limit, request.FirmCount, InspectorAssignment.PerFirm * request.FirmCount));
        }

        return problems;
    }

    // The listing is lines of fields split by '|'. Characters outside the Basic Multilingual Plane are refused
    // too: without them, ordinal (UTF-16) order is the UTF-8 byte order another implementation sorts by.
    private static void CheckField(List<SamplingProblem> problems, SamplingSubject subject, string field, string value, bool required)
    {
        if ((required && value.Length == 0) || value.Any(c => c == '|' || char.IsControl(c) || char.IsSurrogate(c)))
        {
            problems.Add(new SamplingProblem(subject, "Sampling.Draw.FieldInvalid", new SamplingText("Sampling.Field." + field), value));
        }
    }

    private static IEnumerable<(string Value, int Count)> Repeated(IEnumerable<string> values) => values
        .GroupBy(value => value, StringComparer.Ordinal)
        .Where(group => group.Count() > 1)
        .Select(group => (group.Key, group.Count()));
}
