using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Departments;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Web;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;
using Zhixin.Plans.Features.GetPlan;
using Zhixin.Plans.Features.ListPlans;
using Zhixin.Plans.Import.Matching;
using Zhixin.Plans.Import.Parsing;
using Zhixin.Plans.Indicators;
using Zhixin.Plans.Reporting;

namespace Zhixin.Plans.Features.ImportPlan;

internal sealed record ImportPlanRequest(string FileName, byte[] Content, bool DryRun);

/// <summary>
/// Turns a plan document (pasted or uploaded, UTF-8, GB18030/GBK or Big5) into a plan with its sections, tasks,
/// departments and targets, in one transaction; or, as a dry run, only shows what it read. The same document is
/// recognised by its content hash or document number and not imported twice. A name that matches no department is
/// added to the department table flagged for a person to confirm or merge.
/// </summary>
internal sealed class ImportPlanHandler(PlansDbContext db, IDepartmentDirectory directory, TimeProvider clock)
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public async Task<Outcome<PlanPreview>> HandleAsync(ImportPlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Content.Length > MaxBytes)
        {
            return new FieldErrors().Add("file", PlansText.Format("Import.TooLarge", MaxBytes / 1024 / 1024));
        }

        var decoded = PlanTextDecoder.Decode(request.Content);
        if (!decoded.Succeeded)
        {
            return new FieldErrors().Add("file", PlansText.Format("Import.Unreadable", decoded.Failure!));
        }

        var text = decoded.Text!;
        var parsed = PlanDocumentParser.Parse(text);
        if (parsed.Tasks.Count == 0)
        {
            return new FieldErrors().Add("file", PlansText.Get("Import.NoItems"));
        }

        var jurisdiction = new JurisdictionFinder().Find(parsed);
        var caller = db.Caller;
        if (!ReportAccess.IsSystem(caller) && !(caller.IsInRole(Roles.Regulator) && MayImport(caller.RegionCode, jurisdiction)))
        {
            return Failure.Forbidden(PlansText.Get("Import.NotYourJurisdiction"));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var duplicate = await FindDuplicateAsync(hash, parsed.DocumentNumber, cancellationToken);
        var table = await directory.ListAsync(cancellationToken);
        var matcher = new DepartmentMatcher(table);
        var names = parsed.Tasks.SelectMany(t => t.Lead.Concat(t.Participants).Concat(t.Responsible)).Distinct(StringComparer.Ordinal).ToList();
        var matches = names.ToDictionary(n => n, n => matcher.Match(n, jurisdiction), StringComparer.Ordinal);
        var today = PlanSchedule.Today(clock);
        var (starts, ends) = PlanPeriod.From(parsed.Title, parsed.IssuedOn, today);
        var targets = ReadTargets(parsed, ends.Year);

        var preview = new PlanPreview(
            parsed.Title, parsed.DocumentNumber, parsed.Issuer, parsed.IssuedOn, jurisdiction, ListPlansHandler.RegionName(jurisdiction), decoded.EncodingName!,
            [.. parsed.Sections.Select(s => new PreviewSection(s.Number, s.Title))],
            [.. parsed.Tasks.Select(PlanPreviews.From)],
            targets,
            [.. names.Select(n => new PreviewDepartment(n, matches[n]?.Code, matches[n]?.Name, matches[n] is null))],
            GetPlanHandler.Warnings(parsed.Warnings),
            duplicate?.Id,
            null);
        if (request.DryRun)
        {
            return preview;
        }

        if (duplicate is not null)
        {
            return duplicate.ByNumber
                ? Failure.Conflict("PlanDocumentNumberIsUnique", PlansText.Format("Import.DuplicateNumber", parsed.DocumentNumber!, duplicate.Title))
                : Failure.Conflict("PlanImportedOnce", PlansText.Format("Import.Duplicate", duplicate.Title));
        }

        var level = RegionTable.LevelOf(jurisdiction) switch
        {
            RegionLevel.Province => DepartmentLevel.Province,
            RegionLevel.City => DepartmentLevel.City,
            RegionLevel.County => DepartmentLevel.County,
            _ => DepartmentLevel.National,
        };
        var codes = new Dictionary<string, (string Code, bool IsNew)>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            codes[name] = matches[name] is { } match
                ? (match.Code, false)
                : ((await directory.AddForReviewAsync(name, jurisdiction, level, cancellationToken)).Code, true);
        }

        var plan = BuildPlan(request, parsed, decoded.EncodingName!, text, hash, jurisdiction, starts, ends, targets, codes);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return preview with { PlanId = plan.Id };
    }

    /// <summary>An official imports plans of the own jurisdiction or below (which they then run) or of one above it (to align with).</summary>
    private static bool MayImport(string? callerRegion, string jurisdiction)
    {
        if (callerRegion is null || RegionCode.Parse(callerRegion) is not { IsValid: true } own)
        {
            return false;
        }

        if (jurisdiction == "000000")
        {
            return true;
        }

        return RegionCode.Parse(jurisdiction) is { IsValid: true } plan && (own.Value.Contains(plan.Value) || plan.Value.Contains(own.Value));
    }

    private sealed record Duplicate(Guid Id, string Title, bool ByNumber);

    private async Task<Duplicate?> FindDuplicateAsync(string hash, string? documentNumber, CancellationToken cancellationToken)
    {
        var byHash = await db.Plans.AsNoTracking().Where(p => p.ContentSha256 == hash)
            .Select(p => new Duplicate(p.Id, p.Title, false)).FirstOrDefaultAsync(cancellationToken);
        if (byHash is not null || documentNumber is null)
        {
            return byHash;
        }

        return await db.Plans.AsNoTracking().Where(p => p.DocumentNumber == documentNumber)
            .Select(p => new Duplicate(p.Id, p.Title, true)).FirstOrDefaultAsync(cancellationToken);
    }

    private static List<PreviewTarget> ReadTargets(ParsedPlan parsed, int planYear)
    {
        var targets = new List<PreviewTarget>();
        foreach (var found in parsed.Targets)
        {
            foreach (var target in TargetParser.Parse(found.Text, planYear))
            {
                targets.Add(new PreviewTarget(target.Clause, target.Indicator, target.Comparator.ToString(), target.Value, target.UpperValue, target.Unit,
                    target.Year, ComputedIndicatorRegistry.Default.Find(target.Key)));
            }
        }

        return targets;
    }

    private Plan BuildPlan(
        ImportPlanRequest request,
        ParsedPlan parsed,
        string encoding,
        string text,
        string hash,
        string jurisdiction,
        DateOnly starts,
        DateOnly ends,
        IReadOnlyList<PreviewTarget> targets,
        Dictionary<string, (string Code, bool IsNew)> codes)
    {
        var plan = new Plan
        {
            Id = Guid.CreateVersion7(),
            Title = parsed.Title ?? PlansText.Get("Import.UntitledPlan"),
            DocumentNumber = parsed.DocumentNumber,
            Issuer = parsed.Issuer,
            IssuedOn = parsed.IssuedOn,
            RegionCode = jurisdiction,
            StartsOn = starts,
            EndsOn = ends,
            ScheduleJson = ReportingSchedule.HalfYearly().ToJson(),
            ContentSha256 = hash,
            SourceFileName = Path.GetFileName(request.FileName),
            SourceEncoding = encoding,
            SourceText = text,
            WarningsJson = JsonSerializer.Serialize(parsed.Warnings, PlanJson.Options),
            ImportedAt = clock.GetUtcNow(),
            ImportedBy = db.Caller.Name,
        };
        plan.Sections.AddRange(parsed.Sections.Select((s, i) => new PlanSection
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, Ordinal = i + 1, Number = s.Number, Title = s.Title,
        }));
        foreach (var (parsedTask, index) in parsed.Tasks.Select((t, i) => (t, i)))
        {
            var task = new PlanTask
            {
                Id = Guid.CreateVersion7(),
                PlanId = plan.Id,
                Ordinal = index + 1,
                SectionNumber = parsedTask.Section,
                Number = parsedTask.Number,
                Title = parsedTask.Title,
                Text = parsedTask.Text,
                Translation = parsedTask.Translation,
            };
            var roles = parsedTask.Lead.Select(n => (n, AssignmentRole.Lead))
                .Concat(parsedTask.Participants.Select(n => (n, AssignmentRole.Participant)))
                .Concat(parsedTask.Responsible.Select(n => (n, AssignmentRole.Responsible)));
            foreach (var ((name, role), ordinal) in roles.Select((r, i) => (r, i)))
            {
                task.Assignments.Add(new TaskAssignment
                {
                    TaskId = task.Id, Ordinal = ordinal + 1, Role = role, DepartmentCode = codes[name].Code, NameAsWritten = name, DepartmentIsNew = codes[name].IsNew,
                });
            }

            plan.Tasks.Add(task);
        }

        plan.Targets.AddRange(targets.Select((t, i) => new PlanTarget
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            Ordinal = i + 1,
            Text = t.Text,
            Indicator = t.Indicator,
            IndicatorKey = IndicatorKey.Normalise(t.Indicator),
            Comparator = t.Comparator,
            Value = t.Value,
            UpperValue = t.UpperValue,
            Unit = t.Unit,
            Year = t.Year,
            ComputedBy = t.ComputedBy,
        }));
        return plan;
    }
}
