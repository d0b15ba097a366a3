using System.Globalization;

namespace Oa.Forms.Validation;

// Every error code with its Chinese and English text; codes are stable, texts may improve.
internal static class Messages
{
    private static string N(decimal d) => d.ToString(CultureInfo.InvariantCulture);

    public static FieldError Required(string p) => new(p, "required", "此项为必填项", "This field is required.");
    public static FieldError Type(string p, string zh, string en) =>
        new(p, "type", $"类型错误：应为{zh}", $"Wrong type: expected {en}.");
    public static FieldError MinLength(string p, decimal n) =>
        new(p, "minLength", $"长度不能少于 {N(n)} 个字符", $"Must be at least {N(n)} characters long.");
    public static FieldError MaxLength(string p, decimal n) =>
        new(p, "maxLength", $"长度不能超过 {N(n)} 个字符", $"Must be at most {N(n)} characters long.");
    public static FieldError Min(string p, decimal n) =>
        new(p, "min", $"不能小于 {N(n)}", $"Must be at least {N(n)}.");
    public static FieldError Max(string p, decimal n) =>
        new(p, "max", $"不能大于 {N(n)}", $"Must be at most {N(n)}.");
    public static FieldError Pattern(string p, string pattern, string? custom) =>
        new(p, "pattern", custom ?? $"格式不正确（需匹配 {pattern}）", custom ?? $"Must match the pattern {pattern}.");
    public static FieldError Email(string p) => new(p, "email", "请输入有效的电子邮箱地址", "Must be a valid email address.");
    public static FieldError Phone(string p) => new(p, "phone", "请输入有效的电话号码", "Must be a valid phone number.");
    public static FieldError DecimalDigits(string p, int n) =>
        new(p, "decimalDigits", $"最多 {n} 位小数", $"At most {n} decimal digits allowed.");
    public static FieldError Increment(string p, decimal step) =>
        new(p, "increment", $"必须是 {N(step)} 的整数倍", $"Must be a multiple of {N(step)}.");
    public static FieldError Format(string p, string zh, string en) =>
        new(p, "format", $"格式不正确，应为 {zh}", $"Invalid format, expected {en}.");
    public static FieldError PastDate(string p) => new(p, "pastDate", "不能选择过去的日期", "Dates in the past are not allowed.");
    public static FieldError Option(string p) => new(p, "option", "所选值不在可选项中", "The selected value is not one of the options.");
    public static FieldError MinRows(string p, int n) => new(p, "minRows", $"至少需要 {n} 行", $"At least {n} rows are required.");
    public static FieldError MaxRows(string p, int n) => new(p, "maxRows", $"最多 {n} 行", $"At most {n} rows are allowed.");
    public static FieldError MaxFiles(string p, int n) => new(p, "maxFiles", $"最多上传 {n} 个文件", $"At most {n} files are allowed.");
    public static FieldError MaxSize(string p, long n) =>
        new(p, "maxSize", $"文件大小不能超过 {n} 字节", $"Each file must be at most {n} bytes.");
    public static FieldError FileType(string p, string accept) =>
        new(p, "fileType", $"文件类型不允许（允许：{accept}）", $"File type not allowed (allowed: {accept}).");
    public static FieldError Signature(string p) =>
        new(p, "signature", "签名必须是 PNG/JPEG/SVG 图片或已上传文件", "The signature must be a PNG/JPEG/SVG image or a stored file id.");
    public static FieldError RecordNotFound(string p) =>
        new(p, "recordNotFound", "关联的记录不存在", "The related record does not exist.");
    public static FieldError NotEditable(string p) =>
        new(p, "not_editable", "当前节点不允许修改此项", "This field may not be changed at this step.");
    public static FieldError Limit(string p, string source) =>
        new(p, "limit", $"校验条件无法计算：{source}", $"The validation limit could not be evaluated: {source}");
}
