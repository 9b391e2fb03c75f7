using FamilyTies.Data;
using FamilyTies.Domain.People;
using FamilyTies.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FamilyTies.Web.Features.Contacts;

[Authorize(Policy = Policies.People)]
[Route("contacts")]
public sealed class ContactsController(FamilyTiesDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 25;

    public sealed record SearchResult(string? Query, IReadOnlyList<Contact> Contacts, int Page, int TotalCount)
    {
        public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    }

    public sealed record ContactPage(Contact Contact, IReadOnlyList<PrisonerContact> Links, IReadOnlyList<Restriction> Restrictions, DateOnly Today, bool CanEdit, bool IsSecurity);

    /// <summary>Contacts seen in this establishment, by name or phone number.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1)
    {
        var query = db.Contacts.AsNoTracking();
        var term = q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var like = $"%{term}%";
            var phone = PhoneNumber.Normalise(term);
            query = query.Where(c => EF.Functions.Like(c.LastName, like) || EF.Functions.Like(c.FirstName, like)
                                     || EF.Functions.Like(c.FirstName + " " + c.LastName, like) || (phone != null && c.Phone == phone));
        }
        var total = await query.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var contacts = await query.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        return View(new SearchResult(term, contacts, page, total));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return NotFound();
        }
        var links = await db.PrisonerContacts.AsNoTracking().Include(l => l.Prisoner).Where(l => l.ContactId == id)
            .OrderBy(l => l.Prisoner!.LastName).ToListAsync();
        var linkIds = links.Select(l => l.Id).ToList();
        var restrictions = await db.Restrictions.AsNoTracking().Include(r => r.Contact)
            .Where(r => r.ContactId == id || (r.PrisonerContactId != null && linkIds.Contains(r.PrisonerContactId.Value)))
            .OrderByDescending(r => r.StartDate).ThenByDescending(r => r.Id).ToListAsync();
        return View(new ContactPage(contact, links, restrictions, clock.Today(), await this.Allowed(Policies.ContactEdit), await this.Allowed(Policies.Security)));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> Create(int? prisonerId)
    {
        if (prisonerId is not null && !await db.Prisoners.AnyAsync(p => p.Id == prisonerId))
        {
            return NotFound();
        }
        return View(await WithPrisoner(new CreateContactForm { PrisonerId = prisonerId }));
    }

    [HttpPost("new")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> Create(CreateContactForm form, [FromServices] IValidator<CreateContactForm> validator, [FromServices] CreateContactHandler handler,
        [FromServices] FormSubmissions submissions)
    {
        var prisoner = form.PrisonerId is null ? null : await db.Prisoners.SingleOrDefaultAsync(p => p.Id == form.PrisonerId);
        if (form.PrisonerId is not null && prisoner is null)
        {
            return NotFound();
        }
        // The same form sent again goes to the contact it added.
        if (await submissions.Earlier(nameof(Contact)) is { } earlier)
        {
            return await Added(earlier, prisoner);
        }
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(await WithPrisoner(form));
        }
        // Likely matches are looked for after the form's key is claimed, so a copy of this form sent at the same moment
        // waits for the first and goes to the contact it added, rather than being shown that contact as a likely match.
        List<Contact> matches = [];
        var sent = await submissions.Once(nameof(Contact), async () =>
        {
            if (!form.ConfirmedNew)
            {
                matches = await handler.LikelyMatches(form);
                if (matches.Count > 0)
                {
                    return null;
                }
            }
            return (await handler.Handle(form, prisoner)).Id;
        });
        if (sent.Id is { } id)
        {
            return await Added(id, prisoner);
        }
        ViewData["Matches"] = matches;
        return View(await WithPrisoner(form));
    }

    private async Task<IActionResult> Added(int contactId, Prisoner? prisoner)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId);
        if (contact is null)
        {
            return NotFound();
        }
        TempData["Success"] = prisoner is null ? $"{contact.FullName} added" : $"{contact.FullName} added as a contact of {prisoner.FullName}";
        return Redirect(prisoner is null ? $"/contacts/{contact.Id}" : $"/prisoners/{prisoner.Id}/contacts");
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> Edit(int id)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return NotFound();
        }
        ViewData["ContactId"] = id;
        return View(ContactForm.From<EditContactForm>(contact));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> Edit(int id, EditContactForm form, [FromServices] IValidator<EditContactForm> validator)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id);
        if (contact is null)
        {
            return NotFound();
        }
        ViewData["ContactId"] = id;
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        form.ApplyTo(contact);
        await db.SaveChangesAsync();
        TempData["Success"] = "Contact details saved";
        return Redirect($"/contacts/{id}");
    }

    /// <summary>Links an existing contact to a prisoner (from the likely-matches list or the contact's page).</summary>
    [HttpGet("{id:int}/link")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> Link(int id, int prisonerId)
    {
        var (contact, prisoner) = (await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id),
            await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == prisonerId));
        if (contact is null || prisoner is null)
        {
            return NotFound();
        }
        ViewData["Contact"] = contact;
        ViewData["Prisoner"] = prisoner;
        return View(new LinkForm { ContactId = id });
    }

    [HttpPost("{id:int}/link")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> Link(int id, int prisonerId, LinkForm form, [FromServices] IValidator<LinkForm> validator, [FromServices] EditLinkHandler handler)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == id);
        var prisoner = await db.Prisoners.SingleOrDefaultAsync(p => p.Id == prisonerId);
        if (contact is null || prisoner is null)
        {
            return NotFound();
        }
        ViewData["Contact"] = contact;
        ViewData["Prisoner"] = prisoner;
        if (await validator.ValidateInto(form, ModelState))
        {
            var (link, errors) = await handler.Create(prisoner, contact, form);
            if (link is not null)
            {
                TempData["Success"] = $"{contact.FullName} is now a contact of {prisoner.FullName}";
                return Redirect($"/prisoners/{prisoner.Id}/contacts");
            }
            this.AddErrors(errors);
        }
        return View(form);
    }

    [HttpGet("links/{linkId:int}")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> EditLink(int linkId)
    {
        var link = await db.PrisonerContacts.AsNoTracking().Include(l => l.Contact).Include(l => l.Prisoner).SingleOrDefaultAsync(l => l.Id == linkId);
        if (link is null)
        {
            return NotFound();
        }
        ViewData["Link"] = link;
        ViewData["IsSecurity"] = await this.Allowed(Policies.Security);
        return View(LinkForm.From(link));
    }

    [HttpPost("links/{linkId:int}")]
    [Authorize(Policy = Policies.ContactEdit)]
    public async Task<IActionResult> EditLink(int linkId, LinkForm form, [FromServices] IValidator<LinkForm> validator, [FromServices] EditLinkHandler handler)
    {
        var link = await db.PrisonerContacts.Include(l => l.Contact).Include(l => l.Prisoner).SingleOrDefaultAsync(l => l.Id == linkId);
        if (link is null)
        {
            return NotFound();
        }
        var isSecurity = await this.Allowed(Policies.Security);
        ViewData["Link"] = link;
        ViewData["IsSecurity"] = isSecurity;
        if (!await validator.ValidateInto(form, ModelState))
        {
            return View(form);
        }
        await handler.Update(link, form, isSecurity);
        TempData["Success"] = $"Link between {link.Prisoner!.FullName} and {link.Contact!.FullName} saved";
        return Redirect($"/prisoners/{link.PrisonerId}/contacts");
    }

    private async Task<CreateContactForm> WithPrisoner(CreateContactForm form)
    {
        if (form.PrisonerId is not null)
        {
            ViewData["Prisoner"] = await db.Prisoners.AsNoTracking().SingleOrDefaultAsync(p => p.Id == form.PrisonerId);
        }
        return form;
    }
}
