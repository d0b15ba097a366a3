using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Oa.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttendancePayroll : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendance_calendar",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_calendar", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "attendance_day_results",
                columns: table => new
                {
                    PeriodId = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LateMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MissedSlots = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CorrectedSlots = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AbsentDays = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExcusedDays = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    OvertimeMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_day_results", x => new { x.PeriodId, x.UserName, x.Date });
                });

            migrationBuilder.CreateTable(
                name: "attendance_deductions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    UnitAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_deductions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_exception_approvals",
                columns: table => new
                {
                    PeriodId = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_exception_approvals", x => new { x.PeriodId, x.UserName });
                });

            migrationBuilder.CreateTable(
                name: "attendance_period_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_period_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_periods",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_punch_corrections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_punch_corrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_punches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ImportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_punches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_schedule_assignments",
                columns: table => new
                {
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScheduleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_schedule_assignments", x => x.UserName);
                });

            migrationBuilder.CreateTable(
                name: "attendance_schedules",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Customer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MorningStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    MorningEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    AfternoonStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    AfternoonEnd = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_schedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_summaries",
                columns: table => new
                {
                    PeriodId = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EmployedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredWorkdays = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendedDays = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    LateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LateMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    EarlyMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    MissedPunches = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectedPunches = table.Column<int>(type: "INTEGER", nullable: false),
                    AbsentDays = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ExcusedDays = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    WorkdayOvertimeMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    RestDayOvertimeMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    HolidayOvertimeMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalDeduction = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    AbsenceDaysInYear = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DismissalReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnomalyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ExceptionInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_summaries", x => new { x.PeriodId, x.UserName });
                });

            migrationBuilder.CreateTable(
                name: "job_runs",
                columns: table => new
                {
                    JobKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_job_runs", x => x.JobKey);
                });

            migrationBuilder.CreateTable(
                name: "payroll_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PeriodId = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Adjustment = table.Column<bool>(type: "INTEGER", nullable: false),
                    RunNo = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payroll_items", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "attendance_calendar",
                columns: new[] { "Date", "Kind", "Name", "UpdatedAt", "UpdatedBy" },
                values: new object[,]
                {
                    { new DateOnly(2026, 1, 1), "holiday", "元旦", 638978112000000000L, "system" },
                    { new DateOnly(2026, 1, 2), "holiday", "元旦", 638978112000000000L, "system" },
                    { new DateOnly(2026, 1, 3), "holiday", "元旦", 638978112000000000L, "system" },
                    { new DateOnly(2026, 1, 4), "workday", "元旦调休上班", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 14), "workday", "春节调休上班", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 15), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 16), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 17), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 18), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 19), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 20), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 21), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 22), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 23), "holiday", "春节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 2, 28), "workday", "春节调休上班", 638978112000000000L, "system" },
                    { new DateOnly(2026, 4, 4), "holiday", "清明节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 4, 5), "holiday", "清明节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 4, 6), "holiday", "清明节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 5, 1), "holiday", "劳动节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 5, 2), "holiday", "劳动节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 5, 3), "holiday", "劳动节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 5, 4), "holiday", "劳动节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 5, 5), "holiday", "劳动节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 5, 9), "workday", "劳动节调休上班", 638978112000000000L, "system" },
                    { new DateOnly(2026, 6, 19), "holiday", "端午节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 6, 20), "holiday", "端午节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 6, 21), "holiday", "端午节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 9, 20), "workday", "国庆节调休上班", 638978112000000000L, "system" },
                    { new DateOnly(2026, 9, 25), "holiday", "中秋节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 9, 26), "holiday", "中秋节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 9, 27), "holiday", "中秋节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 1), "holiday", "国庆节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 2), "holiday", "国庆节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 3), "holiday", "国庆节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 4), "holiday", "国庆节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 5), "holiday", "国庆节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 6), "holiday", "国庆节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 7), "holiday", "国庆节", 638978112000000000L, "system" },
                    { new DateOnly(2026, 10, 10), "workday", "国庆节调休上班", 638978112000000000L, "system" }
                });

            migrationBuilder.InsertData(
                table: "attendance_schedules",
                columns: new[] { "Id", "AfternoonEnd", "AfternoonStart", "Customer", "MorningEnd", "MorningStart", "Name" },
                values: new object[] { "hq", new TimeOnly(18, 0, 0), new TimeOnly(13, 0, 0), null, new TimeOnly(12, 0, 0), new TimeOnly(9, 0, 0), "总部" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_deductions_PeriodId_UserName",
                table: "attendance_deductions",
                columns: new[] { "PeriodId", "UserName" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_period_audit_PeriodId",
                table: "attendance_period_audit",
                column: "PeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_attendance_punch_corrections_InstanceId",
                table: "attendance_punch_corrections",
                column: "InstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_attendance_punch_corrections_UserName_Date",
                table: "attendance_punch_corrections",
                columns: new[] { "UserName", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_punches_UserName_At",
                table: "attendance_punches",
                columns: new[] { "UserName", "At" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payroll_items_PeriodId_UserName_Kind_Reference_RunNo",
                table: "payroll_items",
                columns: new[] { "PeriodId", "UserName", "Kind", "Reference", "RunNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_calendar");

            migrationBuilder.DropTable(
                name: "attendance_day_results");

            migrationBuilder.DropTable(
                name: "attendance_deductions");

            migrationBuilder.DropTable(
                name: "attendance_exception_approvals");

            migrationBuilder.DropTable(
                name: "attendance_period_audit");

            migrationBuilder.DropTable(
                name: "attendance_periods");

            migrationBuilder.DropTable(
                name: "attendance_punch_corrections");

            migrationBuilder.DropTable(
                name: "attendance_punches");

            migrationBuilder.DropTable(
                name: "attendance_schedule_assignments");

            migrationBuilder.DropTable(
                name: "attendance_schedules");

            migrationBuilder.DropTable(
                name: "attendance_summaries");

            migrationBuilder.DropTable(
                name: "job_runs");

            migrationBuilder.DropTable(
                name: "payroll_items");
        }
    }
}
