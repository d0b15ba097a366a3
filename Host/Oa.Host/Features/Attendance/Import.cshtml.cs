using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oa.Host.Features.Attendance.Import;
using Oa.Host.Features.Shared;

namespace Oa.Host.Features.Attendance;

/// <summary>HR imports a punch export: preview first (bad rows with reasons), then import the good rows.</summary>
[Authorize(Policy = AttendanceAccess.Policy)]
public sealed class ImportModel(PunchImporter importer) : PageModel
{
    public PunchImporter.Result? Result { get; private set; }
    public bool Imported { get; private set; }
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string mode, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var file = Request.Form.Files.GetFile("file");
        if (file is null || file.Length == 0 || file.Length > PunchFile.MaxBytes || !PunchFile.IsSupported(file.FileName))
            errors.Add("file", "请上传 10MB 以内的 .xlsx 或 .csv 文件");
        var layout = AttendanceApi.LayoutOf(Request.Form, errors);
        if (errors.Any || layout is null) { Errors = errors.ToDictionary(); return Page(); }
        try
        {
            await using var stream = file!.OpenReadStream();
            var rows = await PunchFile.ReadAsync(stream, file.FileName, ct);
            Imported = mode == "import";
            Result = Imported ? await importer.ImportAsync(rows, layout, ct) : await importer.PreviewAsync(rows, layout, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            Errors = new FieldErrors().Add("file", "文件无法读取，请确认是有效的 Excel/CSV 导出").ToDictionary();
        }
        return Page();
    }
}
