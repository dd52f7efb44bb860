using System.Text.Json.Serialization;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// A step taken in the follow-up of a failed batch, one stored row per step. These names and numbers are
/// stored: add new steps at the end, never rename or renumber one.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FollowUpStepKind>))]
internal enum FollowUpStepKind
{
    /// <summary>检验结果通知书送达: the written result reached the firm.</summary>
    ResultNoticeServed = 1,

    /// <summary>公告送达: the notice could not be delivered and was posted; it counts as served after the period.</summary>
    NoticeByAnnouncementPosted = 2,

    /// <summary>异议/复检申请: the firm disputed the result.</summary>
    ObjectionFiled = 3,

    /// <summary>异议受理决定: <see cref="FollowUpStep.Passed"/> is true when the objection was accepted.</summary>
    ObjectionDecided = 4,

    /// <summary>复检完成: <see cref="FollowUpStep.Passed"/> is true when the re-test found the product conforming.</summary>
    RetestCompleted = 5,

    /// <summary>责令停止生产、销售.</summary>
    StopSaleOrdered = 6,

    /// <summary>责令整改.</summary>
    CorrectionOrdered = 7,

    /// <summary>整改报告: the firm reported its correction.</summary>
    CorrectionReported = 8,

    /// <summary>首次复查, with its result in <see cref="FollowUpStep.Passed"/>.</summary>
    FirstReinspection = 9,

    /// <summary>省级以上部门公告: published after a failed first re-inspection.</summary>
    ProvincialNoticePublished = 10,

    /// <summary>第二次复查, with its result in <see cref="FollowUpStep.Passed"/>.</summary>
    SecondReinspection = 11,

    /// <summary>责令停业整顿.</summary>
    SuspensionOrdered = 12,

    /// <summary>吊销营业执照.</summary>
    LicenceRevoked = 13,

    /// <summary>抽查结果公布.</summary>
    Published = 14,

    /// <summary>结案.</summary>
    Closed = 15,
}
