namespace Oa.Forms.Components;

// oa-money: a decimal amount; the browser shows RmbUppercase.Format(amount) beside it unless the schema sets `hideCapital`.
public sealed record MoneyOptions(string Currency, bool ShowUppercase);
