// The respondent page's only JavaScript (progressive enhancement; the form works without
// it): one submission per click burst, and a button that comes back after the back button
// restores the page from the back/forward cache. A retry is safe anyway (submissionId).
export const ENHANCE_SCRIPT = `(function(){var f=document.getElementById("survey");if(!f)return;var b=f.querySelector("button[type=submit]");f.addEventListener("submit",function(e){if(f.getAttribute("data-sent")){e.preventDefault();return}f.setAttribute("data-sent","1");b.disabled=true;b.textContent=b.getAttribute("data-sending")});addEventListener("pageshow",function(e){if(e.persisted){f.removeAttribute("data-sent");b.disabled=false;b.textContent=b.getAttribute("data-label")}})})();`;
