// Island: shared bits for every page of the shell. Deliberately tiny: the host's layout owns the
// site CSS and behaviour; this only marks that scripts run so CSS can hide no-JS fallbacks.
import './site.css';

document.documentElement.classList.add('oa-js');
