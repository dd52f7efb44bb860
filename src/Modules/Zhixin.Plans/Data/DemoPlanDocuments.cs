namespace Zhixin.Plans.Data;

/// <summary>The five plan documents shipped in Data/Demo (see its README): demo data and the importer's test input.</summary>
internal static class DemoPlanDocuments
{
    public const string Fujian2012 = "fujian-2012.txt";
    public const string Tianjin2013 = "tianjin-2013.txt";
    public const string National2012 = "national-2012.txt";
    public const string Henan2014 = "henan-2014.txt";
    public const string Pingxiang2013 = "pingxiang-2013.txt";

    public static IReadOnlyList<string> All { get; } = [National2012, Fujian2012, Tianjin2013, Henan2014, Pingxiang2013];

    public static byte[] Read(string fileName)
    {
        using var stream = typeof(DemoPlanDocuments).Assembly.GetManifestResourceStream("Zhixin.Plans.Demo." + fileName)
            ?? throw new ArgumentException($"No demo plan document named {fileName}.", nameof(fileName));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
