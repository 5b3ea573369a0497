// @mpa/ui: the portal's style guide and shared components, one copy per page through the import
// map. Every string they show goes through @mpa/i18n.
export { Page } from './page.component.js';
export { DataTable, Pager, useCursorPages, type Column } from './data-table.component.js';
export { afterOf, ConnectionPager, PagedConnection, type Connection, type PageInfo } from './connection-pager.component.js';
export { FormField, TextAreaField, TextField, type FieldControlProps } from './form-field.component.js';
export { FormProblems } from './form-problems.component.js';
export { CheckboxGroup, RadioGroup, type Choice } from './choice-group.component.js';
export { choicesOf, SelectField } from './select-field.component.js';
export { SearchForm } from './search-form.component.js';
export { DateInput, dateError, isCalendarDate } from './date-input.component.js';
export { StatusBadge, type Tone } from './status-badge.component.js';
export { EmptyState, ErrorState, LoadingState, unreachableServices } from './states.component.js';
export { ToastProvider, useToast, type Toast } from './toasts.component.js';
export { useLanguage, useMessages } from './use-messages.js';
export { injectStyles } from './styles.js';
export { navigate, routeClick, useLocation } from './routing.js';
export { Link } from './link.component.js';
export { BarChart, LineChart, type ChartProps, type ChartSeries } from './chart.component.js';
export { downloadCsv, toCsv, type CsvColumn } from './csv.js';
export { SectionShell } from './section-shell.component.js';
