using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Data.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("plan_progress_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DepartmentCode).HasMaxLength(64);
        builder.Property(r => r.PeriodKey).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.RegionCode).HasMaxLength(6).IsUnicode(false);
        builder.HasIndex(r => new { r.TaskId, r.DepartmentCode, r.PeriodKey });
        builder.HasIndex(r => r.PlanId);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReportAttachmentConfiguration : IEntityTypeConfiguration<ReportAttachment>
{
    public void Configure(EntityTypeBuilder<ReportAttachment> builder)
    {
        builder.ToTable("plan_report_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(260);
        builder.Property(a => a.ContentType).HasMaxLength(128);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsUnicode(false);
    }
}

internal sealed class ReportReminderConfiguration : IEntityTypeConfiguration<ReportReminder>
{
    public void Configure(EntityTypeBuilder<ReportReminder> builder)
    {
        builder.ToTable("plan_report_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.DepartmentCode).HasMaxLength(64);
        builder.Property(r => r.PeriodKey).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.RegionCode).HasMaxLength(6).IsUnicode(false);
        builder.HasIndex(r => new { r.TaskId, r.DepartmentCode, r.PeriodKey }).IsUnique();
        builder.HasIndex(r => r.DepartmentCode);
        builder.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
