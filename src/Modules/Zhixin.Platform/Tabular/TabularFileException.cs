using System.Globalization;
using Zhixin.Platform.Resources;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// The file cannot be read as a table at all. <see cref="Key"/> names a message in the platform's resources,
/// so the page and the API can say why in the user's language; library exceptions are kept as inner exception
/// for the log and never shown to the user.
/// </summary>
public sealed class TabularFileException : Exception
{
    private const string MalformedKey = "Tabular.Malformed";

    public TabularFileException(string key, IReadOnlyList<object> arguments, Exception? innerException = null)
        : base(PlatformText.Format(CultureInfo.CurrentUICulture, key, arguments), innerException)
    {
        Key = key;
        Arguments = arguments;
    }

    public TabularFileException() : this(MalformedKey, [string.Empty]) { }

    public TabularFileException(string message) : base(message)
    {
        Key = MalformedKey;
        Arguments = [string.Empty];
    }

    public TabularFileException(string message, Exception innerException) : base(message, innerException)
    {
        Key = MalformedKey;
        Arguments = [string.Empty];
    }

    public string Key { get; }

    public IReadOnlyList<object> Arguments { get; }

    public string Describe(CultureInfo culture) => PlatformText.Format(culture, Key, Arguments);
}
