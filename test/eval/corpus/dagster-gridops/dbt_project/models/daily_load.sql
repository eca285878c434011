{{ config(materialized='incremental', unique_key=['substation_id', 'day']) }}

select substation_id, date_trunc('day', read_at) as day, sum(kwh) as kwh
from {{ source('raw', 'readings') }}
{% if is_incremental() %}
where read_at > (select max(day) from {{ this }})
{% endif %}
group by 1, 2
