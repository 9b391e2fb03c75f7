using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyTies.Web.Areas.SaferCustody.Voicemail;

[Area("SaferCustody")]
[Authorize(Policy = Policies.SaferCustody)]
[Route("safercustody/voicemail")]
public sealed class VoicemailController(VoicemailStatusHandler status) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await status.Page(new RecordVoicemailCheckForm()));

    [HttpPost("")]
    [Authorize(Policy = Policies.SaferCustodyChange)]
    public async Task<IActionResult> Record([Bind(Prefix = "Form")] RecordVoicemailCheckForm form, [FromServices] IValidator<RecordVoicemailCheckForm> validator,
        [FromServices] RecordVoicemailCheckHandler handler)
    {
        if (!await validator.ValidateInto(form, ModelState, "Form"))
        {
            return View(nameof(Index), await status.Page(form));
        }
        var check = await handler.Handle(form);
        if (check.MessagesFound == 0)
        {
            TempData["Success"] = "Voicemail check recorded: no messages";
            return Redirect("/safercustody/voicemail");
        }
        TempData["Success"] = $"Voicemail check recorded. Log each of the {check.MessagesFound} {(check.MessagesFound == 1 ? "message" : "messages")} as a contact";
        return Redirect($"/safercustody/contacts/new?voicemailCheckId={check.Id}");
    }
}
