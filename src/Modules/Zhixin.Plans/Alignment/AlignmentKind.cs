namespace Zhixin.Plans.Alignment;

/// <summary>How a national (upper) task fared in a provincial (lower) plan.</summary>
internal enum AlignmentKind
{
    /// <summary>The provincial plan keeps the task in much the same words.</summary>
    Carried,

    /// <summary>The provincial plan has a task on the same subject, written differently.</summary>
    Reworded,

    /// <summary>No provincial task is close enough.</summary>
    Dropped,

    /// <summary>A provincial task no national task matches: the province's own addition.</summary>
    ProvinceOnly,
}
