using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhixin.Inspection.NetContent;

/// <summary>The JJF 1070 editions shipped with the module, and which one a check on a given day falls under.</summary>
internal sealed class NetContentEditions
{
    /// <summary>Embedded as Zhixin.Inspection.&lt;file&gt;.json by the project file.</summary>
    private const string ResourcePrefix = "Zhixin.Inspection.net-content-";

    private static readonly Lazy<NetContentEditions> LazyPublished = new(LoadEmbedded);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        // A misspelt field in reference data must fail loudly, not silently become null.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public NetContentEditions(IEnumerable<NetContentEdition> editions)
    {
        All = [.. editions.OrderBy(edition => edition.EffectiveFrom)];
        var problems = All.SelectMany(edition => edition.Problems())
            .Concat(All.GroupBy(edition => edition.Id, StringComparer.Ordinal).Where(group => group.Count() > 1)
                .Select(group => $"Edition {group.Key} is listed {group.Count()} times."))
            .ToList();
        if (All.Count == 0 || problems.Count > 0)
        {
            throw new InvalidDataException(All.Count == 0 ? "No JJF 1070 edition was found." : string.Join(" ", problems));
        }
    }

    public static NetContentEditions Published => LazyPublished.Value;

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<NetContentEdition> All { get; }

    public string Ids => string.Join(", ", All.Select(edition => edition.Id));

    public NetContentEdition? Find(string id) =>
        All.FirstOrDefault(edition => string.Equals(edition.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The latest edition in force on the day; null before the first one.</summary>
    public NetContentEdition? InForceOn(DateOnly day) => All.LastOrDefault(edition => edition.EffectiveFrom <= day);

    public static NetContentEdition Read(Stream json) =>
        JsonSerializer.Deserialize<NetContentEdition>(json, Options) ?? throw new InvalidDataException("A JJF 1070 edition cannot be null.");

    private static NetContentEditions LoadEmbedded()
    {
        var assembly = typeof(NetContentEditions).Assembly;
        var editions = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return Read(stream);
            });
        return new NetContentEditions(editions);
    }
}
