namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// What the importer read from a plan document, before anything is stored: numbers and department names
/// exactly as the document writes them (after repair of garbled runs and removal of pinyin glosses).
/// </summary>
internal sealed record ParsedPlan(
    string? Title,
    string? DocumentNumber,
    string? Issuer,
    DateOnly? IssuedOn,
    IReadOnlyList<ParsedSection> Sections,
    IReadOnlyList<ParsedTask> Tasks,
    IReadOnlyList<ParsedTarget> Targets,
    IReadOnlyList<ParseWarning> Warnings);

/// <summary>A top-level part of the plan (一、二、…); <see cref="Number"/> as written, e.g. "一".</summary>
internal sealed record ParsedSection(string Number, string Title, int Line);

/// <summary>
/// One task item. <see cref="Number"/> as written ("(一)" or "1"); <see cref="Section"/> is the number of the
/// section it belongs to. <see cref="Title"/> is the first sentence. Departments are split by the role the text
/// gives them: lead (牵头, or first listed where the text says so), participants (参加, 配合), and responsible
/// where the text makes no split (负责).
/// </summary>
internal sealed record ParsedTask(
    string Section,
    string Number,
    string Title,
    string Text,
    string? Translation,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Responsible,
    int Line);

/// <summary>A quantified target found in the document (专栏, 发展目标), still as text.</summary>
internal sealed record ParsedTarget(string Text, int Line);

/// <summary>Something the importer could not read or had to guess; <see cref="Line"/> is 1-based in the decoded text.</summary>
internal sealed record ParseWarning(int Line, ParseWarningKind Kind, string Excerpt);

internal enum ParseWarningKind
{
    /// <summary>A garbled run the importer could not repair; the excerpt is kept as found.</summary>
    UnreadableText,

    /// <summary>A garbled item number whose value was inferred from the sequence.</summary>
    RepairedNumber,

    /// <summary>The numbering skips or repeats (e.g. (三) followed by (五)).</summary>
    NumberingGap,

    /// <summary>A task names no department.</summary>
    NoDepartments,

    /// <summary>The document number or title could not be found.</summary>
    MissingMetadata,
}
