#pragma once

// The wizard's page ids, in the order a user meets them. Kept apart so pages can name each other
// in nextId() without including each other.
enum WizardPageId { PastePageId, ConnectionPageId, ChecksPageId, SummaryPageId, ExportPageId };
