using System.Text;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// A task while its lines are being read: Chinese lines join the text, English lines the translation. Once a
/// line ends with a department clause the task is closed: later unnumbered Chinese lines (a closing remark of
/// the document) are not its text, though a following English line is still its translation.
/// </summary>
internal sealed class TaskDraft(string section, string number, string firstLine, int line)
{
    private readonly StringBuilder text = new(firstLine);
    private readonly StringBuilder translation = new();

    public string Section { get; } = section;

    public string Number { get; } = number;

    public int Line { get; } = line;

    public bool Closed { get; private set; } = EndsWithDepartments(firstLine);

    public string Text => text.ToString().Trim();

    public string? Translation => translation.Length == 0 ? null : translation.ToString();

    public void AddLine(string line)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(line.Trim());
        Closed = EndsWithDepartments(line);
    }

    public void AddTranslation(string line)
    {
        if (translation.Length > 0)
        {
            translation.Append('\n');
        }

        translation.Append(line.Trim());
    }

    private static bool EndsWithDepartments(string line) =>
        TrailingClause.TryFind(line, out _, out var content) && DepartmentClauseParser.IsDepartmentClause(content);
}
