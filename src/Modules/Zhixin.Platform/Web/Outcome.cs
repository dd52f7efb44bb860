using Zhixin.Platform.Codes;

namespace Zhixin.Platform.Web;

public enum OutcomeKind
{
    Success,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>
/// What a use-case handler answers: a value, or the reason there is none. Endpoints turn it into a typed
/// HTTP result with ProblemDetails, pages into model-state errors, commands into an exit code and a message,
/// so the three front doors report the same problem in the same words.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(OutcomeKind kind, T? value, FieldErrors? errors, string? rule, string? message)
    {
        Kind = kind;
        Value = value;
        Errors = errors ?? FieldErrors.None;
        Rule = rule;
        Message = message;
    }

    public OutcomeKind Kind { get; }

    public T? Value { get; }

    public FieldErrors Errors { get; }

    /// <summary>The named business rule a conflict broke.</summary>
    public string? Rule { get; }

    public string? Message { get; }

    public bool IsSuccess => Kind == OutcomeKind.Success;

    public static implicit operator Outcome<T>(T value) => new(OutcomeKind.Success, value, null, null, null);

    public static implicit operator Outcome<T>(FieldErrors errors) => new(OutcomeKind.Invalid, default, errors, null, null);

    public static implicit operator Outcome<T>(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(failure.Kind, default, null, failure.Rule, failure.Message);
    }

    public Outcome<TOther> Map<TOther>(Func<T, TOther> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Kind switch
        {
            OutcomeKind.Success => map(Value!),
            OutcomeKind.Invalid => Errors,
            _ => new Failure(Kind, Rule, Message),
        };
    }
}

/// <summary>A non-validation failure: not found, a broken business rule, or a forbidden action.</summary>
public sealed record Failure(OutcomeKind Kind, string? Rule, string? Message)
{
    public static Failure NotFound(string? message = null) => new(OutcomeKind.NotFound, null, message);

    public static Failure Conflict(string rule, string message) => new(OutcomeKind.Conflict, rule, message);

    public static Failure Forbidden(string message) => new(OutcomeKind.Forbidden, null, message);
}

/// <summary>Validation errors by field, in the order found. Field names are the request's JSON names.</summary>
public sealed class FieldErrors
{
    private readonly List<(string Field, string Message)> errors = [];

    public static FieldErrors None { get; } = new();

    public bool IsEmpty => errors.Count == 0;

    public IReadOnlyList<(string Field, string Message)> All => errors;

    public FieldErrors Add(string field, string message)
    {
        errors.Add((field, message));
        return this;
    }

    /// <summary>Parses a code, recording the problem under the field when it is invalid.</summary>
    public T? Check<T>(string field, ParseResult<T> result) where T : struct
    {
        if (result.IsValid)
        {
            return result.Value;
        }

        Add(field, result.Problem!.Message);
        return null;
    }

    public IDictionary<string, string[]> ToDictionary() =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    public override string ToString() => string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"));
}
