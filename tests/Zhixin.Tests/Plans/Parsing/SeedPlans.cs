using System.Text.Json;
using Zhixin.Plans.Data;
using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Tests.Plans.Parsing;

/// <summary>The five seed documents decoded and parsed once, and the hand-written expectations beside them.</summary>
internal static class SeedPlans
{
    private static readonly Dictionary<string, ParsedPlan> Parsed = [];
    private static readonly Lock Gate = new();

    public static ParsedPlan Get(string fileName)
    {
        lock (Gate)
        {
            if (!Parsed.TryGetValue(fileName, out var plan))
            {
                var decoded = PlanTextDecoder.Decode(DemoPlanDocuments.Read(fileName));
                plan = PlanDocumentParser.Parse(decoded.Text ?? throw new InvalidOperationException(decoded.Failure));
                Parsed[fileName] = plan;
            }

            return plan;
        }
    }

    public static ExpectedPlan Expected(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Plans", "Parsing", "Expected", Path.ChangeExtension(fileName, ".json"));
        return JsonSerializer.Deserialize<ExpectedPlan>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidOperationException($"{path} is empty.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };
}

internal sealed record ExpectedPlan(string Document, IReadOnlyList<ExpectedTask> Tasks);

internal sealed record ExpectedTask(string Number, IReadOnlyList<string> Lead, IReadOnlyList<string> Participants, IReadOnlyList<string> Responsible);
