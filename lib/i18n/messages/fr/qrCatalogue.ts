// Issue 13 §3–4: the catalogue API's channel labels and the printable QR code of a contact's survey link.
export const qrCatalogue = {
  channels: { phone: "Téléphone", email: "E-mail", chat: "Chat", store: "Magasin", field: "Intervention sur site" },
  qrLink: "QR code",
  qrLinkLabel: "QR code imprimable du lien de {contact}",
  qrTitle: "QR code du questionnaire",
  qrInvitation: "Votre avis compte : scannez ce code pour répondre à notre questionnaire (2 minutes).",
  qrInvitationOther: "Your opinion matters: scan this code to answer our short survey (2 minutes).",
  qrAlt: "QR code menant au questionnaire de satisfaction",
  qrPrint: "Imprimer",
  qrBack: "Retour aux contacts",
  qrDownloadSvg: "Télécharger (SVG)",
  qrDownloadPng: "Télécharger (PNG)",
  qrGoneTitle: "Ce lien n’est plus valable",
  qrGoneText: "Le client a déjà répondu ou le lien a expiré : il n’y a plus de QR code à imprimer pour ce contact.",
};
