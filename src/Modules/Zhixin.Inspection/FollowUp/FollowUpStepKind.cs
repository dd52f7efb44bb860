namespace Zhixin.Inspection.FollowUp;

/// <summary>The steps of a failed batch's follow-up, stored by name.</summary>
internal enum FollowUpStepKind
{
    ResultNoticeServed,
    NoticeByAnnouncementPosted,
    ObjectionFiled,
    ObjectionDecided,
    RetestCompleted,
    StopSaleOrdered,
    CorrectionOrdered,
    CorrectionReported,
    FirstReinspection,
    ProvincialNoticePublished,
    SecondReinspection,
    SuspensionOrdered,
    LicenceRevoked,
    Published,
    Closed,
}
