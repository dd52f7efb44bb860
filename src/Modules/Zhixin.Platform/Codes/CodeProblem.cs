using System.Globalization;
using Zhixin.Platform.Resources;

namespace Zhixin.Platform.Codes;

/// <summary>
/// Why a code was rejected. The key names a message in the platform's resources, so the same
/// problem reads in Chinese on a page and in English through an API call with Accept-Language: en.
/// </summary>
public sealed record CodeProblem(string Key, params object[] Arguments)
{
    public string Message => Describe(CultureInfo.CurrentUICulture);

    public string Describe(CultureInfo culture) => PlatformText.Format(culture, Key, Arguments);

    public override string ToString() => Message;
}

/// <summary>The outcome of parsing a code: the value, or the problem that stopped it.</summary>
public readonly record struct ParseResult<T>(T Value, CodeProblem? Problem) where T : struct
{
    public bool IsValid => Problem is null;

    public T GetValueOrThrow() => Problem is null ? Value : throw new CodeFormatException(Problem);
}

public static class Parsed
{
    public static ParseResult<T> Valid<T>(T value) where T : struct => new(value, null);

    public static ParseResult<T> Invalid<T>(CodeProblem problem) where T : struct => new(default, problem);
}

public sealed class CodeFormatException : FormatException
{
    public CodeFormatException(CodeProblem problem) : base(problem.Message) => Problem = problem;

    public CodeFormatException() : this(new CodeProblem("Code.Empty")) { }

    public CodeFormatException(string message) : base(message) => Problem = new CodeProblem("Code.Empty");

    public CodeFormatException(string message, Exception innerException) : base(message, innerException) =>
        Problem = new CodeProblem("Code.Empty");

    public CodeProblem Problem { get; }
}
