// Formatting helpers: indented lets inside functions, reassigned, but no request handler anywhere.
function dueDate(days) {
    let date = new Date();
    date = new Date(date.getTime() + days * 86400000);
    return date.toISOString().slice(0, 10);
}

function titleCase(text) {
    let out = '';
    for (const word of text.split(' ')) out = `${out} ${word[0].toUpperCase()}${word.slice(1)}`;
    return out.trim();
}

module.exports = { dueDate, titleCase };
