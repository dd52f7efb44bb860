namespace Zhixin.Register.Domain;

/// <summary>Registration status as the business licence authority records it (登记状态).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<EnterpriseStatus>))]
internal enum EnterpriseStatus
{
    /// <summary>存续（在营、开业、在册）</summary>
    Active = 1,

    /// <summary>停业</summary>
    Suspended = 2,

    /// <summary>迁出</summary>
    MovedOut = 3,

    /// <summary>吊销</summary>
    Revoked = 4,

    /// <summary>注销</summary>
    Deregistered = 5,

    /// <summary>撤销</summary>
    Cancelled = 6,
}
